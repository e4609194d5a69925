/**
 * What each feed of the site holds, pure: the whole blog, the posts of one
 * principle or tag, and the changes to the mission and handbook. The route
 * files (src/pages/**\/rss.xml.ts) hand these to @astrojs/rss; readers
 * (Garoon, Outlook, any RSS reader) subscribe to the stable URLs in
 * src/site/routes.ts. Only published posts ever reach here (src/model/siteContent.ts),
 * and `unpublished` (dev preview) posts are dropped again as a second guard.
 */
import type { IsoDate } from '../rules/dates.ts';
import { UPDATES_PAGE_LIMITS, type Update } from './updates.ts';

export interface FeedItem {
  title: string;
  /** Site-relative URL (base path included); @astrojs/rss makes it absolute. */
  link: string;
  date: IsoDate;
  description: string;
  categories?: string[] | undefined;
}

export interface Feed {
  title: string;
  description: string;
  /** Site-relative URL of the page the feed follows (the channel's link). */
  link: string;
  items: FeedItem[];
}

export interface FeedPost {
  slug: string;
  title: string;
  date: IsoDate;
  summary: string;
  tags: string[];
  sample: boolean;
  unpublished: boolean;
}

/** The words a feed needs from the UI dictionary (src/site/i18n/ja.ts, filled). */
export interface FeedWords {
  sampleFeedTitle: (title: string) => string;
  sampleFeedSummary: (summary: string) => string;
  /** Title of a changes-feed item, e.g. 「ハンドブック「…」を更新しました」. */
  updateTitle: (update: Update) => string;
}

/** Published posts as feed items, newest first as given; the whole summary, never truncated. */
export function postItems(posts: readonly FeedPost[], link: (slug: string) => string, words: FeedWords): FeedItem[] {
  return posts
    .filter((post) => !post.unpublished)
    .map((post) => ({
      title: post.sample ? words.sampleFeedTitle(post.title) : post.title,
      link: link(post.slug),
      date: post.date,
      description: post.sample ? words.sampleFeedSummary(post.summary) : post.summary,
      categories: post.tags,
    }));
}

/**
 * Changes to the mission and handbook as feed items. Each links to its own
 * entry on the updates page (`#id`), so that every change is a new item for
 * the reader even when the same chapter changes twice.
 */
export function updateItems(updates: readonly Update[], updatesPage: string, words: FeedWords, limit: number = UPDATES_PAGE_LIMITS.documents): FeedItem[] {
  return updates.slice(0, limit).map((update) => ({
    title: words.updateTitle(update),
    link: `${updatesPage}#${encodeURIComponent(update.id)}`,
    date: update.date,
    description: update.summary,
  }));
}

/** A day, not an instant: UTC midnight keeps the same calendar day in Japan. */
export function feedDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}
