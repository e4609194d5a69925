/**
 * Mail on publish, pure: which published posts have not been announced yet,
 * and the plain-text mail for one. The deploy job (src/cli/publishMail.ts)
 * reads the published posts from the built feed (dist/rss.xml: the very
 * list readers get, so drafts and future posts cannot be in it) and keeps
 * the ids already announced in a small JSON file, so no post is mailed twice.
 */

export interface AnnouncedPost {
  /** The post's absolute URL: stable, and the feed item's guid. */
  id: string;
  title: string;
  summary: string;
  link: string;
  /** Publication time from the feed (for the order of several new posts). */
  date?: Date | undefined;
}

export interface MailWords {
  subject: (title: string) => string;
  intro: string;
  readOn: string;
  footer: (site: string) => string;
}

/** Ids in the record file; anything unreadable is an error the caller reports (never "send all again"). */
export function parseSentIds(raw: string): string[] {
  const value: unknown = JSON.parse(raw);
  const ids = (value as { sent?: unknown } | null)?.sent;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new Error('expected {"sent": ["<post URL>", …]}');
  return ids;
}

export function serializeSentIds(ids: Iterable<string>): string {
  return `${JSON.stringify({ sent: [...new Set(ids)].sort() }, null, 2)}\n`;
}

/** Published posts not announced yet, oldest first (mails arrive in publication order). */
export function postsToAnnounce(published: readonly AnnouncedPost[], sent: ReadonlySet<string>): AnnouncedPost[] {
  return published
    .filter((post) => !sent.has(post.id))
    .map((post, index) => ({ post, index }))
    .sort((a, b) => (a.post.date?.getTime() ?? 0) - (b.post.date?.getTime() ?? 0) || b.index - a.index)
    .map(({ post }) => post);
}

/** The mail for one post: plain text only (title, summary, link). */
export function composeMail(post: AnnouncedPost, siteTitle: string, words: MailWords): { subject: string; text: string } {
  return {
    subject: words.subject(post.title),
    text: [words.intro, '', `■ ${post.title}`, '', post.summary, '', words.readOn, post.link, '', '--', words.footer(siteTitle), ''].join('\n'),
  };
}
