/**
 * Post ordering, filtering and grouping: the rules every list on the site
 * shares, kept pure so they are tested once and reused everywhere.
 */
import type { IsoDate } from '../rules/dates.ts';
import { yearOf } from '../rules/dates.ts';
import { tagSlug } from '../rules/slug.ts';


export interface PostFacts {
  slug: string;
  title: string;
  date: IsoDate;
  draft: boolean;
  pinned: boolean;
  tags: readonly string[];
  principles: readonly string[];
}

/** Newest first; same-day posts by title so the order never flickers between builds. */
export function compareNewestFirst(a: PostFacts, b: PostFacts): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.title.localeCompare(b.title, 'ja') || a.slug.localeCompare(b.slug);
}

export function sortNewestFirst<T extends PostFacts>(posts: readonly T[]): T[] {
  return [...posts].sort(compareNewestFirst);
}

/** Pinned posts first (newest pinned on top), then the rest newest first. */
export function sortPinnedFirst<T extends PostFacts>(posts: readonly T[]): T[] {
  return [...posts].sort((a, b) => Number(b.pinned) - Number(a.pinned) || compareNewestFirst(a, b));
}

export function postsWithTag<T extends PostFacts>(posts: readonly T[], slug: string): T[] {
  return posts.filter((post) => post.tags.some((tag) => tagSlug(tag) === slug));
}

export function postsCitingPrinciple<T extends PostFacts>(posts: readonly T[], principleId: string): T[] {
  return posts.filter((post) => post.principles.includes(principleId));
}

export interface TagSummary {
  /** The tag as editors wrote it (first spelling seen). */
  name: string;
  slug: string;
  count: number;
}

/** Every tag with its number of posts, most used first, then in Japanese order. */
export function summariseTags(posts: readonly PostFacts[]): TagSummary[] {
  const bySlug = new Map<string, TagSummary>();
  for (const post of posts) {
    for (const slug of new Set(post.tags.map(tagSlug))) {
      const name = post.tags.find((tag) => tagSlug(tag) === slug) ?? slug;
      const entry = bySlug.get(slug) ?? { name, slug, count: 0 };
      entry.count += 1;
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.values()].sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ja'),
  );
}

/** Posts grouped by year, newest year first; posts keep their given order. */
export function groupByYear<T extends PostFacts>(posts: readonly T[]): Array<{ year: number; posts: T[] }> {
  const groups = new Map<number, T[]>();
  for (const post of posts) {
    const year = yearOf(post.date);
    groups.set(year, [...(groups.get(year) ?? []), post]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, items]) => ({ year, posts: items }));
}
