/**
 * A value from a frontmatter or form field as the text it holds: a string or
 * number as written, nothing for anything else (an unfilled field, a list, an
 * object). Never "[object Object]" on a page, in a preview or a file name.
 */
export function plainText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
