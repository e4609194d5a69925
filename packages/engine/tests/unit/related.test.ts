import { describe, expect, it } from 'vitest';
import type { PostFacts } from '../../src/site/posts.ts';
import {
  PRINCIPLE_WEIGHT,
  TAG_WEIGHT,
  relatedPosts,
  relatedPostsIndex,
  relatednessScore,
} from '../../src/site/related.ts';

function post(slug: string, date: string, tags: string[], principles: string[]): PostFacts {
  return { slug, title: slug, date, draft: false, pinned: false, tags, principles };
}

const slugs = (posts: readonly PostFacts[]): string[] => posts.map((p) => p.slug);

const target = post('target', '2025-06-01', ['dx', '庁内'], ['kouken', 'chousen']);

describe('relatednessScore', () => {
  it('weighs a shared principle more than a shared tag', () => {
    expect(PRINCIPLE_WEIGHT).toBeGreaterThan(TAG_WEIGHT);
    const sharesPrinciple = post('p', '2025-01-01', [], ['kouken']);
    const sharesTag = post('t', '2025-01-01', ['dx'], []);
    expect(relatednessScore(target, sharesPrinciple)).toBeGreaterThan(relatednessScore(target, sharesTag));
  });

  it('adds up shared principles and tags, matching tags by slug', () => {
    const other = post('o', '2025-01-01', ['ＤＸ', '庁内'], ['kouken']);
    expect(relatednessScore(target, other)).toBe(PRINCIPLE_WEIGHT + 2 * TAG_WEIGHT);
  });

  it('is 0 for posts with nothing in common', () => {
    expect(relatednessScore(target, post('x', '2025-01-01', ['防災'], ['other']))).toBe(0);
  });
});

describe('relatedPosts', () => {
  const candidates = [
    target,
    post('tag-only-new', '2025-05-30', ['dx'], []),
    post('principle-old', '2024-01-01', [], ['kouken']),
    post('both', '2023-01-01', ['dx'], ['chousen']),
    post('unrelated', '2025-05-31', ['防災'], []),
    post('tag-only-old', '2025-01-01', ['庁内'], []),
  ];

  it('never lists the post itself and leaves out unrelated posts', () => {
    const related = slugs(relatedPosts(target, candidates, 10));
    expect(related).not.toContain('target');
    expect(related).not.toContain('unrelated');
  });

  it('ranks by score, principles first, newest first on ties', () => {
    expect(slugs(relatedPosts(target, candidates, 10))).toEqual([
      'both',
      'principle-old',
      'tag-only-new',
      'tag-only-old',
    ]);
  });

  it('shows three by default', () => {
    expect(relatedPosts(target, candidates)).toHaveLength(3);
  });

  it('builds the index for every post', () => {
    const index = relatedPostsIndex(candidates, 2);
    expect(index.size).toBe(candidates.length);
    expect(slugs(index.get('target') ?? [])).toEqual(['both', 'principle-old']);
    expect(index.get('unrelated')).toEqual([]);
  });
});
