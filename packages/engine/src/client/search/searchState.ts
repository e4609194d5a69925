/**
 * The search page's state as it lives in the URL, so that
 * /search/?q=目安箱&type=ブログ is a link one can share and reload.
 */

export const FILTER_KEYS = ['type', 'principle', 'tag', 'year'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
}

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** Query string for a state (without "?"); empty fields are left out. */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort === 'newest') params.set('sort', 'newest');
  return params.toString();
}

/** Pagefind's `filters` option: each chosen value must match. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.filters).filter(([, value]) => Boolean(value)));
}

/** Pagefind's `sort` option. */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  return state.sort === 'newest' ? { date: 'desc' } : undefined;
}
