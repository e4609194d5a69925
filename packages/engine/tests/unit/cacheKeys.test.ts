/**
 * The hash behind every incremental-build cacheKey. The keys' coverage is
 * proven end to end by tests/incremental/equality.test.ts; this holds the
 * properties the keys rely on.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => ({ getCollection: async () => [], getEntry: async () => undefined, render: async () => ({}) }));
const { hashOf } = await import('../../src/model/cacheKeys.ts');

describe('hashOf', () => {
  it('ignores the order of object fields, so a refactor does not invalidate every page', () => {
    expect(hashOf({ a: 1, b: { c: 2, d: 3 } })).toBe(hashOf({ b: { d: 3, c: 2 }, a: 1 }));
  });

  it('changes with any value, nested or in a list', () => {
    const base = { posts: [{ title: '最初の記事', author: { role: '市長' } }] };
    expect(hashOf(base)).not.toBe(hashOf({ posts: [{ title: '最初の記事', author: { role: '副市長' } }] }));
    expect(hashOf(base)).not.toBe(hashOf({ posts: [...base.posts, ...base.posts] }));
  });

  it('keeps list order (neighbours and list order show on pages)', () => {
    expect(hashOf([1, 2])).not.toBe(hashOf([2, 1]));
  });

  it('tells a missing value from null', () => {
    expect(hashOf({ newer: undefined })).not.toBe(hashOf({ newer: null }));
  });
});
