/**
 * Content problems reported to editors. Every message names the file, the
 * field and what is expected, in Japanese first and English second, because
 * the people who fix them are communications staff, not programmers.
 */

/**
 * Every kind of content problem, by the rule that finds it. Tests, filters and
 * the editor key on these, never on the wording of the messages. A schema
 * (zod) problem is `schema.<zod issue code>` (its field says which field).
 */
export const ISSUE_CODES = [
  'file.missing',
  'file.name',
  'file.not-utf8',
  'yaml.syntax',
  'yaml.not-a-mapping',
  'yaml.full-width-indent',
  'yaml.full-width-colon',
  'yaml.no-space-after-colon',
  'body.unclosed-tag',
  'body.stray-closing-tag',
  'body.unreadable',
  'body.import-export',
  'body.expression',
  'body.attribute-expression',
  'body.event-attribute',
  'body.too-long',
  'body.too-deep',
  'body.forbidden-html',
  'body.image-alt-missing',
  'body.image-no-file',
  'body.image-off-site',
  'body.image-not-found',
  'body.unknown-component',
  'body.unknown-principle',
  'body.unknown-post',
  'body.unknown-term',
  'body.callout-type',
  'body.empty-caption',
  'body.unpublished-embed',
  'post.unknown-principle',
  'post.unknown-author',
  'post.duplicate-slug',
  'post.tag-spellings',
  'authors.not-a-list',
  'authors.duplicate-id',
  'glossary.duplicate-id',
  'onboarding.duplicate-step',
  'page-ref.unreadable',
  'page-ref.no-glossary',
  'page-ref.unknown-principle',
  'page-ref.unknown-chapter',
  'page-ref.unknown-post',
  'page-ref.unknown-term',
  'file.symlink',
  'file.too-large',
  'file.check-bound',
  'file.reserved-name',
  'yaml.too-many-aliases',
  'yaml.unreadable-values',
  'body.image-query',
  'body.image-outside',
  'proposal.overdue',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number] | `schema.${string}`;

export interface ContentIssue {
  /**
   * What kind of problem this is, for code to act on (filters, tests, the
   * editor): stable across wording changes. Never match on `ja` or `en`.
   */
  code: IssueCode;
  /** Path relative to the project root, e.g. content/posts/2025/foo.mdx */
  file: string;
  /** Frontmatter field, or "(file name)" for problems with the file itself. */
  field: string;
  /**
   * The file's line, when the problem is in the body: the editor places its
   * message by it (「本文の3段落目」), instead of reading it back out of `field`.
   */
  line?: number;
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
