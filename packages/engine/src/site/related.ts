/**
 * Related posts: those sharing principles weigh more than those sharing tags,
 * because principles say what a post is about and tags only how it is filed.
 */
import type { PostFacts } from './posts.ts';
import { compareNewestFirst } from './posts.ts';
import { tagSlug } from '../rules/slug.ts';

export const PRINCIPLE_WEIGHT = 2;
export const TAG_WEIGHT = 1;

export function relatednessScore(a: PostFacts, b: PostFacts): number {
  const sharedPrinciples = a.principles.filter((id) => b.principles.includes(id)).length;
  const bTags = new Set(b.tags.map(tagSlug));
  const sharedTags = new Set(a.tags.map(tagSlug).filter((slug) => bTags.has(slug))).size;
  return sharedPrinciples * PRINCIPLE_WEIGHT + sharedTags * TAG_WEIGHT;
}

/** Up to `limit` posts most related to `target`, best first, newest first on ties. */
export function relatedPosts<T extends PostFacts>(target: PostFacts, candidates: readonly T[], limit = 3): T[] {
  return candidates
    .filter((post) => post.slug !== target.slug)
    .map((post) => ({ post, score: relatednessScore(target, post) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || compareNewestFirst(a.post, b.post))
    .slice(0, limit)
    .map(({ post }) => post);
}

/**
 * Related posts for every post at once, equal to calling relatedPosts for each
 * post but without scoring and sorting every pair (10,000 posts would be 10^8).
 *
 * Candidates that share a tag are counted through a tag → posts index and
 * scored exactly. Every other candidate scores by its principles alone, so
 * posts with the same set of principles tie, and among tied posts only the
 * newest `limit` can be chosen: per principle set we look at just those.
 * The best `limit` are kept while scanning instead of sorting all candidates.
 */
export function relatedPostsIndex<T extends PostFacts>(posts: readonly T[], limit = 3): Map<string, T[]> {
  // Position in newest-first order doubles as the tie-breaker.
  const ordered = [...posts].sort(compareNewestFirst);
  const tagIds = new Map<string, number>();
  const principleIds = new Map<string, number>();
  const intern = (ids: Map<string, number>, key: string) => ids.get(key) ?? ids.set(key, ids.size).get(key)!;
  const tags = ordered.map((post) => [...new Set(post.tags.map((tag) => intern(tagIds, tagSlug(tag))))]);
  const principles = ordered.map((post) => [...new Set(post.principles.map((id) => intern(principleIds, id)))].sort((a, b) => a - b));
  const postsByTag: number[][] = Array.from({ length: tagIds.size }, () => []);
  tags.forEach((ids, position) => ids.forEach((tag) => postsByTag[tag]!.push(position)));
  const groups = new Map<string, { principles: number[]; positions: number[] }>();
  principles.forEach((ids, position) => {
    const key = ids.join(',');
    const group = groups.get(key) ?? groups.set(key, { principles: ids, positions: [] }).get(key)!;
    group.positions.push(position);
  });
  const sharedCount = (a: readonly number[], b: readonly number[]) => a.reduce((count, id) => count + (b.includes(id) ? 1 : 0), 0);

  const sharedTags = new Int32Array(ordered.length);
  const index = new Map<string, T[]>();
  ordered.forEach((target, self) => {
    const best: Array<{ position: number; score: number }> = [];
    const consider = (position: number, score: number) => {
      if (score <= 0) return;
      let at = best.length;
      while (at > 0 && (best[at - 1]!.score < score || (best[at - 1]!.score === score && best[at - 1]!.position > position))) at -= 1;
      if (at < limit) best.splice(at, 0, { position, score });
      if (best.length > limit) best.pop();
    };
    const touched: number[] = [];
    for (const tag of tags[self]!) {
      for (const position of postsByTag[tag]!) {
        if (position === self) continue;
        if (sharedTags[position] === 0) touched.push(position);
        sharedTags[position]! += 1;
      }
    }
    for (const position of touched) {
      consider(position, sharedCount(principles[self]!, principles[position]!) * PRINCIPLE_WEIGHT + sharedTags[position]! * TAG_WEIGHT);
    }
    for (const group of groups.values()) {
      const score = sharedCount(principles[self]!, group.principles) * PRINCIPLE_WEIGHT;
      if (score === 0) continue;
      let taken = 0;
      for (const position of group.positions) {
        if (taken === limit) break;
        if (position === self || sharedTags[position] !== 0) continue;
        consider(position, score);
        taken += 1;
      }
    }
    for (const position of touched) sharedTags[position] = 0;
    index.set(target.slug, best.map(({ position }) => ordered[position]!));
  });
  return index;
}
