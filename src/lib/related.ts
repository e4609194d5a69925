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

/** Related posts for every post at once: one pass for the whole site, not one per page. */
export function relatedPostsIndex<T extends PostFacts>(posts: readonly T[], limit = 3): Map<string, T[]> {
  return new Map(posts.map((post) => [post.slug, relatedPosts(post, posts, limit)]));
}
