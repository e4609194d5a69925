import { describe, expect, it } from 'vitest';
import { pagefindFilters, pagefindSort, parseSearchState, serialiseSearchState } from '../../src/client/search/searchState.ts';

describe('search state in the URL', () => {
  it('reads the query, the filters and the sort order', () => {
    const state = parseSearchState('?q=%E7%9B%AE%E5%AE%89%E7%AE%B1&type=%E3%83%96%E3%83%AD%E3%82%B0&year=2025&sort=newest');
    expect(state).toEqual({ q: '目安箱', filters: { type: 'ブログ', year: '2025' }, sort: 'newest' });
  });

  it('ignores unknown parameters and unknown sort orders', () => {
    expect(parseSearchState('?q=a&color=red&sort=random')).toEqual({ q: 'a', filters: {}, sort: 'relevance' });
  });

  it('writes a state back to a shareable query string that reads the same', () => {
    const state = { q: '目安箱', filters: { tag: '業務改善' }, sort: 'newest' as const };
    const written = serialiseSearchState(state);
    expect(written).toBe('q=%E7%9B%AE%E5%AE%89%E7%AE%B1&tag=%E6%A5%AD%E5%8B%99%E6%94%B9%E5%96%84&sort=newest');
    expect(parseSearchState(`?${written}`)).toEqual(state);
  });

  it('leaves empty fields out of the URL', () => {
    expect(serialiseSearchState({ q: ' ', filters: { type: '' }, sort: 'relevance' })).toBe('');
  });

  it('maps to Pagefind options', () => {
    const state = parseSearchState('?q=x&principle=%E3%82%B3%E3%82%B9%E3%83%88%E6%84%8F%E8%AD%98%E3%81%AE%E5%BE%B9%E5%BA%95&sort=newest');
    expect(pagefindFilters(state)).toEqual({ principle: 'コスト意識の徹底' });
    expect(pagefindSort(state)).toEqual({ date: 'desc' });
    expect(pagefindSort(parseSearchState('?q=x'))).toBeUndefined();
  });
});
