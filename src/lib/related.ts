/**
 * Related posts: those sharing principles weigh more than those sharing tags,
 * because principles say what a post is about and tags only how it is filed.
 */
import type { PostFacts } from './posts.ts';
import { compareNewestFirst } from './posts.ts';
import { tagSlug } from './slug.ts';

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
 * post but without comparing every pair (10,000 posts would be 10^8 pairs).
 *
 * Candidates that share a tag are few (tags are specific) and are scored
 * exactly. Every other candidate scores by its principles alone, so posts
 * with the same set of principles tie, and among tied posts only the newest
 * `limit` can ever be chosen: per principle set we look at just those.
 */
export function relatedPostsIndex<T extends PostFacts>(posts: readonly T[], limit = 3): Map<string, T[]> {
  const ordered = [...posts].sort(compareNewestFirst);
  const facts = new Map(ordered.map((post) => [post, { tags: new Set(post.tags.map(tagSlug)), principles: new Set(post.principles) }]));
  const byTag = new Map<string, T[]>();
  const byPrincipleSet = new Map<string, { principles: Set<string>; posts: T[] }>();
  for (const post of ordered) {
    const { tags, principles } = facts.get(post)!;
    for (const tag of tags) {
      const list = byTag.get(tag) ?? [];
      list.push(post);
      byTag.set(tag, list);
    }
    const key = [...principles].sort().join('\n');
    const group = byPrincipleSet.get(key) ?? { principles, posts: [] };
    group.posts.push(post);
    byPrincipleSet.set(key, group);
  }
  const shared = (a: Set<string>, b: Set<string>) => {
    let count = 0;
    for (const item of a) if (b.has(item)) count += 1;
    return count;
  };

  const index = new Map<string, T[]>();
  for (const target of posts) {
    const mine = facts.get(target)!;
    const scored = new Map<T, number>();
    for (const tag of mine.tags) {
      for (const candidate of byTag.get(tag) ?? []) {
        if (candidate.slug === target.slug || scored.has(candidate)) continue;
        const theirs = facts.get(candidate)!;
        scored.set(candidate, shared(mine.principles, theirs.principles) * PRINCIPLE_WEIGHT + shared(mine.tags, theirs.tags) * TAG_WEIGHT);
      }
    }
    const sharingTags = new Set(scored.keys());
    for (const group of byPrincipleSet.values()) {
      const score = shared(mine.principles, group.principles) * PRINCIPLE_WEIGHT;
      if (score === 0) continue;
      let taken = 0;
      for (const candidate of group.posts) {
        if (taken === limit) break;
        if (candidate.slug === target.slug || sharingTags.has(candidate)) continue;
        scored.set(candidate, score);
        taken += 1;
      }
    }
    const best = [...scored]
      .filter(([, score]) => score > 0)
      .sort((a, b) => b[1] - a[1] || compareNewestFirst(a[0], b[0]))
      .slice(0, limit)
      .map(([post]) => post);
    index.set(target.slug, best);
  }
  return index;
}
