import { describe, expect, it } from 'vitest';
import {
  groupByYear,
  postsCitingPrinciple,
  postsWithTag,
  sortNewestFirst,
  sortPinnedFirst,
  summariseTags,
  type PostFacts,
} from '../../src/site/posts.ts';
import { isPublished } from '../../src/rules/publication.ts';

function post(slug: string, date: string, extra: Partial<PostFacts> = {}): PostFacts {
  return { slug, title: slug, date, draft: false, pinned: false, tags: [], principles: [], ...extra };
}

const slugs = (posts: readonly PostFacts[]): string[] => posts.map((p) => p.slug);

describe('publishing filter', () => {
  const today = '2025-06-02';

  it('publishes a post dated today (the boundary is inclusive)', () => {
    expect(isPublished(post('a', '2025-06-02'), today)).toBe(true);
  });

  it('holds back posts dated tomorrow or later', () => {
    expect(isPublished(post('a', '2025-06-03'), today)).toBe(false);
    expect(isPublished(post('a', '2026-01-01'), today)).toBe(false);
  });

  it('never publishes drafts, even old ones', () => {
    expect(isPublished(post('a', '2020-01-01', { draft: true }), today)).toBe(false);
  });

  it('keeps only published posts, in their order', () => {
    const posts = [
      post('past', '2025-05-01'),
      post('draft', '2025-05-02', { draft: true }),
      post('today', '2025-06-02'),
      post('future', '2025-06-03'),
    ];
    expect(slugs(posts.filter((p) => isPublished(p, today)))).toEqual(['past', 'today']);
  });
});

describe('ordering', () => {
  it('sorts newest first and does not mutate the input', () => {
    const posts = [post('old', '2024-01-01'), post('new', '2025-06-02'), post('mid', '2025-01-01')];
    expect(slugs(sortNewestFirst(posts))).toEqual(['new', 'mid', 'old']);
    expect(slugs(posts)).toEqual(['old', 'new', 'mid']);
  });

  it('orders same-day posts by title so builds are stable', () => {
    const posts = [post('b', '2025-06-02', { title: 'い' }), post('a', '2025-06-02', { title: 'あ' })];
    expect(slugs(sortNewestFirst(posts))).toEqual(['a', 'b']);
    expect(slugs(sortNewestFirst([...posts].reverse()))).toEqual(['a', 'b']);
  });

  it('puts pinned posts first, newest pinned on top, then the rest newest first', () => {
    const posts = [
      post('new', '2025-06-02'),
      post('old-pinned', '2024-01-01', { pinned: true }),
      post('mid', '2025-01-01'),
      post('newer-pinned', '2024-06-01', { pinned: true }),
    ];
    expect(slugs(sortPinnedFirst(posts))).toEqual(['newer-pinned', 'old-pinned', 'new', 'mid']);
  });
});

describe('tags and principles', () => {
  const posts = [
    post('one', '2025-01-01', { tags: ['ＤＸ', '働き方'], principles: ['kouken'] }),
    post('two', '2025-02-01', { tags: ['dx'], principles: ['kouken', 'chousen'] }),
    post('three', '2025-03-01', { tags: ['働き方'] }),
  ];

  it('finds posts by tag slug, whatever width or case the tag was written in', () => {
    expect(slugs(postsWithTag(posts, 'dx'))).toEqual(['one', 'two']);
    expect(slugs(postsWithTag(posts, '働き方'))).toEqual(['one', 'three']);
  });

  it('finds posts citing a principle', () => {
    expect(slugs(postsCitingPrinciple(posts, 'chousen'))).toEqual(['two']);
    expect(slugs(postsCitingPrinciple(posts, 'kouken'))).toEqual(['one', 'two']);
  });

  it('counts each tag once per post, most used first, keeping the first spelling', () => {
    const withRepeat = [...posts, post('four', '2025-04-01', { tags: ['DX', 'dx'] })];
    expect(summariseTags(withRepeat)).toEqual([
      { name: 'ＤＸ', slug: 'dx', count: 3 },
      { name: '働き方', slug: '働き方', count: 2 },
    ]);
  });
});

describe('groupByYear', () => {
  it('groups newest year first and keeps the order inside each year', () => {
    const posts = [post('b', '2025-03-01'), post('a', '2024-12-31'), post('c', '2025-01-01')];
    const groups = groupByYear(posts);
    expect(groups.map((g) => g.year)).toEqual([2025, 2024]);
    expect(slugs(groups[0]?.posts ?? [])).toEqual(['b', 'c']);
    expect(slugs(groups[1]?.posts ?? [])).toEqual(['a']);
  });

  it('gives no groups for no posts', () => {
    expect(groupByYear([])).toEqual([]);
  });
});
