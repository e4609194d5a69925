/**
 * The committed accessibility report (content/accessibility-report.json,
 * written by `npm run a11y:report`). It describes this organisation's pages,
 * so it lives with the content: another organisation's site starts without
 * one and /accessibility/ says no check has run yet.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir, relativeToRoot } from './projectPaths.ts';

const ACCESSIBILITY_REPORT_FILE = 'accessibility-report.json';

export function accessibilityReportPath(root: string = process.cwd()): string {
  return path.join(contentDir(root), ACCESSIBILITY_REPORT_FILE);
}

/** The raw JSON and its project-relative name, or undefined when there is no report. */
export function readAccessibilityReport(root: string = process.cwd()): { raw: unknown; file: string } | undefined {
  const file = accessibilityReportPath(root);
  if (!existsSync(file)) return undefined;
  return { raw: JSON.parse(readFileSync(file, 'utf8')) as unknown, file: relativeToRoot(file, root) };
}
