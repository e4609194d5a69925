/**
 * When a post is published: the one rule that keeps drafts and future posts
 * out of every output (pages, lists, feeds, sitemap, search index) and that
 * `npm run check:content` applies when it decides which posts to check as live.
 */
import type { IsoDate } from './dates.ts';

export interface PublicationFacts {
  draft: boolean;
  date: IsoDate;
}

/** Drafts and posts dated after `today` are not published anywhere. */
export function isPublished(post: PublicationFacts, today: IsoDate): boolean {
  return !post.draft && post.date <= today;
}

