/**
 * Drafts and future-dated posts must reach no output: no page of their own,
 * no link or card in any list, no item in the feed or the sitemap, no entry
 * in the search index. Judged over every text the build wrote (outputTexts.ts)
 * by two marks a leak always carries: the post's address (base path
 * included), and its title where a title is printed (element text, the
 * feed's <title>, the search index's title). Pure.
 */
import { visibleText, type TextFile } from './words.ts';

export interface UnpublishedPost {
  slug: string;
  title: string;
  file: string;
  /** Why it is not published: draft, or dated after the build's today. */
  reason: 'draft' | 'future';
  /** Its address if it leaked, e.g. /mayor/posts/foo/ */
  path: string;
}

export interface Leak {
  post: UnpublishedPost;
  /** Output file (relative to the output folder) that holds it. */
  file: string;
  /** What was found: the address or the title. */
  mark: 'page' | 'address' | 'title';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * `files` is every output text; `pageFiles` the output paths that exist
 * (e.g. posts/foo/index.html); `otherTitles` titles of published pages, which
 * an unpublished post may share without leaking.
 */
export function findLeaks(
  posts: readonly UnpublishedPost[],
  files: readonly TextFile[],
  pageFiles: ReadonlySet<string>,
  base: string,
  otherTitles: ReadonlySet<string> = new Set(),
): Leak[] {
  const leaks: Leak[] = [];
  const visible = files.map(({ file, text }) => ({ file, text: visibleText(text) }));
  for (const post of posts) {
    const own = post.path.slice(base.length);
    const page = [`${own}index.html`, `${own.replace(/\/$/u, '')}.html`].find((file) => pageFiles.has(file));
    if (page) leaks.push({ post, file: page, mark: 'page' });
    const title = post.title.trim();
    const titlePattern =
      title === '' || otherTitles.has(title)
        ? undefined
        : new RegExp(`(?:>\\s*(?:<!\\[CDATA\\[)?\\s*${escapeRegExp(title)}\\s*(?:\\]\\]>)?\\s*<|"title"\\s*:\\s*${escapeRegExp(JSON.stringify(title))})`, 'u');
    for (const { file, text } of visible) {
      if (file === page) continue;
      if (text.includes(post.path) || text.includes(encodeURI(post.path))) leaks.push({ post, file, mark: 'address' });
      else if (titlePattern?.test(text)) leaks.push({ post, file, mark: 'title' });
    }
  }
  return leaks;
}
