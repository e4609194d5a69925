import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/site/pagination.ts';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('paginate', () => {
  it('gives one empty page for no items, so /posts/ still exists', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  it('splits 41 items by 20 into 3 pages, the last with 1 item', () => {
    const pages = paginate(range(41), 20);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 1]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
    expect(pages[2]?.items).toEqual([40]);
  });

  it('does not add an empty page when items fill the last page exactly', () => {
    expect(paginate(range(40), 20)).toHaveLength(2);
  });

  it('keeps every item exactly once, in order', () => {
    expect(paginate(range(7), 3).flatMap((p) => p.items)).toEqual(range(7));
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects %s items per page', (perPage) => {
    expect(() => paginate(range(3), perPage)).toThrow(RangeError);
  });
});
