import { describe, expect, it } from 'vitest';
import type { PostFacts } from '../../src/site/posts.ts';
import { relatedPosts, relatedPostsIndex } from '../../src/site/related.ts';

const PRINCIPLES = ['real-problem', 'better-solutions', 'start-small', 'new-challenges', 'cost'];
const TAGS = ['働き方', 'デジタル', '財政', '子育て', '防災', '観光', 'ＤＸ', 'dx'];

/** Deterministic pseudo-random posts with overlapping tags, principles and same-day dates. */
function samplePosts(count: number, seed: number): PostFacts[] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const some = (items: string[], max: number) => items.filter(() => next() < max / items.length);
  return Array.from({ length: count }, (_, index) => ({
    slug: `post-${index}`,
    title: `記事${index % 7}`,
    date: `2025-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
    draft: false,
    pinned: false,
    tags: some(TAGS, 2),
    principles: some(PRINCIPLES, 2),
  }));
}

describe('relatedPostsIndex', () => {
  it('picks exactly what comparing every pair picks', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const posts = samplePosts(300, seed);
      const index = relatedPostsIndex(posts);
      for (const post of posts) {
        expect(index.get(post.slug)?.map((p) => p.slug), post.slug).toEqual(relatedPosts(post, posts).map((p) => p.slug));
      }
    }
  }, 60_000); // all-pairs reference over 5 × 300 posts: slow on a loaded CI machine

  it('prefers a shared principle over a shared tag and never lists the post itself', () => {
    const base = { draft: false, pinned: false, title: 't' };
    const posts: PostFacts[] = [
      { ...base, slug: 'a', date: '2025-01-01', tags: ['財政'], principles: ['cost'] },
      { ...base, slug: 'tag-only', date: '2025-03-01', tags: ['財政'], principles: ['start-small'] },
      { ...base, slug: 'principle-only', date: '2025-02-01', tags: [], principles: ['cost'] },
      { ...base, slug: 'nothing', date: '2025-04-01', tags: [], principles: [] },
    ];
    expect(relatedPostsIndex(posts).get('a')?.map((p) => p.slug)).toEqual(['principle-only', 'tag-only']);
  });
});
