/**
 * Reading time for Japanese text.
 *
 * Japanese has no spaces, so words-per-minute does not apply: adult readers
 * manage roughly 400–600 characters a minute on screen. We count characters
 * that carry meaning (markup, URLs and white space removed).
 */

import { splitFrontmatter } from '../rules/frontmatter.ts';

export const JAPANESE_CHARS_PER_MINUTE = 500;

/** Strip Markdown/MDX syntax that is not read aloud. */
export function plainTextOf(markdown: string): string {
  return splitFrontmatter(markdown)
    .body.replace(/^(import|export)\s.*$/gmu, '') // MDX ESM
    .replace(/```[\s\S]*?```/gu, ' ') // fenced code
    .replace(/<[^>]+>/gu, ' ') // JSX/HTML tags
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1') // links keep their text
    .replace(/https?:\/\/\S+/gu, ' ')
    .replace(/[#>*_`|~-]/gu, ' ');
}

/** Number of characters a reader actually reads. */
export function countReadableChars(markdown: string): number {
  return [...plainTextOf(markdown).replace(/\s+/gu, '')].length;
}

/** Whole minutes, at least 1. */
export function readingMinutes(
  markdown: string,
  charsPerMinute: number = JAPANESE_CHARS_PER_MINUTE,
): number {
  return Math.max(1, Math.ceil(countReadableChars(markdown) / charsPerMinute));
}
