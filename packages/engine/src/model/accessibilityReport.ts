/** The committed accessibility report, for /accessibility/ (pages reach files/ only through the model). */
export { readAccessibilityReport } from '../files/accessibilityReport.ts';
