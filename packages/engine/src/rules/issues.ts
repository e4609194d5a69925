/**
 * Content problems reported to editors. Every message names the file, the
 * field and what is expected, in Japanese first and English second, because
 * the people who fix them are communications staff, not programmers.
 */

export interface ContentIssue {
  /** Path relative to the project root, e.g. content/posts/2025/foo.mdx */
  file: string;
  /** Frontmatter field, or "(file name)" for problems with the file itself. */
  field: string;
  ja: string;
  en: string;
}

export function formatContentIssue(issue: ContentIssue): string {
  return [
    `● ${issue.file} › ${issue.field}`,
    `  [日本語] ${issue.ja}`,
    `  [English] ${issue.en}`,
  ].join('\n');
}

export function formatContentIssues(issues: readonly ContentIssue[]): string {
  const heading =
    `コンテンツに ${issues.length} 件の問題があります。修正するまで公開できません。\n` +
    `Found ${issues.length} content problem(s). Nothing is published until they are fixed.`;
  return [heading, ...issues.map(formatContentIssue)].join('\n\n');
}

/** Thrown to stop the build; its message is the whole bilingual report. */
export class ContentValidationError extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    super(formatContentIssues(issues));
    this.name = 'ContentValidationError';
    this.issues = issues;
    // The message is the whole report; a stack trace would only bury it
    // (Astro prints "Stack trace:" for any error that has one).
    this.stack = '';
  }
}

/**
 * Thrown to stop with a bilingual message that is already the whole report
 * (site.yaml and other whole-site problems): no stack trace either.
 */
export class ContentStopError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentStopError';
    this.stack = '';
  }
}

/** Bilingual zod message for a field: "日本語 / English". */
export function bilingual(ja: string, en: string): string {
  return `${ja} / ${en}`;
}

/**
 * The valid choices to quote in a message: all of a short list, the first few
 * of a long one (a blog of 5,000 posts must not print 5,000 names per error).
 */
export function listChoices(ids: readonly string[], max = 12): string {
  if (ids.length <= max) return ids.join(', ');
  return `${ids.slice(0, max).join(', ')}, … (+${ids.length - max})`;
}
