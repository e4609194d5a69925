/**
 * The search UI, loaded on first use by searchLoader.ts.
 *
 * Written on Pagefind's JS API rather than PagefindUI because Japanese needs
 * work PagefindUI cannot do: the query is normalised first (width, kanji
 * stems for inflected words) and results whose text does not contain every
 * query word are dropped (Pagefind's fragment matches such as しみん → ん).
 * It also lets the markup, labels and live announcements be ours (Japanese,
 * WCAG 2.1 AA), filters be plain <select>s whose state lives in the URL, and
 * it avoids PagefindUI's ~130 KB of extra JS and CSS.
 */
import { formatJapaneseDate } from '../rules/dates.ts';
import { ja } from '../site/i18n/ja.ts';
import { containsEach, normalizeQuery, type NormalizedQuery } from './search/normalizeQuery.ts';
import { excerptHtml } from './search/excerpt.ts';
import { rankOrder } from './search/ranking.ts';
import {
  FILTER_KEYS,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  serialiseSearchState,
  type SearchState,
} from './search/searchState.ts';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;
/** How many of Pagefind's first results are re-ranked (see search/ranking.ts). */
const RANKED = 20;
/** At most this many candidates are checked per request, so a noisy query cannot fetch thousands of fragments. */
const MAX_CHECKED_PER_REQUEST = 50;
const DEBOUNCE_MS = 200;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A runtime URL (not bundled): the index is written after Vite runs.
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 40 });
    return module;
  })();
  return pagefind;
}

const attached = new WeakSet<HTMLElement>();

export function attach(root: HTMLElement): void {
  if (attached.has(root)) return;
  attached.add(root);
  new SearchView(root).start();
}

class SearchView {
  private readonly root: HTMLElement;
  private readonly isPage: boolean;
  private readonly base: string;
  private readonly searchPage: string;
  private readonly headingTag: string;
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly empty: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Increases with every search so a slow, older answer never overwrites a newer one. */
  private generation = 0;
  private candidates: PagefindResult[] = [];
  private checked = 0;
  private shown = 0;
  private query: NormalizedQuery = normalizeQuery('');
  private readonly data = new Map<string, Promise<PagefindResultData>>();

  constructor(root: HTMLElement) {
    this.root = root;
    this.isPage = root.dataset.searchRoot === 'page';
    this.base = root.dataset.searchBase ?? '/';
    this.searchPage = root.dataset.searchPage ?? `${this.base}search/`;
    this.headingTag = `h${root.dataset.searchHeadingLevel ?? '3'}`;
    this.input = this.get<HTMLInputElement>('[data-search-input]');
    this.status = this.get('[data-search-status]');
    this.list = this.get<HTMLOListElement>('[data-search-results]');
    this.more = this.get<HTMLButtonElement>('[data-search-more]');
    this.empty = this.get('[data-search-empty]');
  }

  private get<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.root.querySelector<T>(selector);
    if (!element) throw new Error(`search: missing ${selector}`);
    return element;
  }

  start(): void {
    if (this.isPage) this.applyState(parseSearchState(location.search));
    const form = this.get<HTMLFormElement>('form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.schedule(0);
    });
    this.input.addEventListener('input', () => this.schedule(DEBOUNCE_MS));
    for (const select of this.root.querySelectorAll('select')) select.addEventListener('change', () => this.schedule(0));
    this.more.addEventListener('click', () => void this.showMore());
    void loadPagefind(this.base).catch(() => this.setStatus(ja.search.loadFailed));
    this.schedule(0);
  }

  private applyState(state: SearchState): void {
    this.input.value = state.q;
    for (const key of FILTER_KEYS) {
      const select = this.root.querySelector<HTMLSelectElement>(`[data-search-filter="${key}"]`);
      const value = state.filters[key] ?? '';
      if (!select) continue;
      // A shared link may name a value this build does not offer (an old year):
      // keep it, so the answer is an honest "nothing found", not everything.
      if (value && ![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
    const sort = this.root.querySelector<HTMLSelectElement>('[data-search-sort]');
    if (sort) sort.value = state.sort;
  }

  private readState(): SearchState {
    const state: SearchState = { q: this.input.value, filters: {}, sort: 'relevance' };
    for (const key of FILTER_KEYS) {
      const value = this.root.querySelector<HTMLSelectElement>(`[data-search-filter="${key}"]`)?.value;
      if (value) state.filters[key] = value;
    }
    if (this.root.querySelector<HTMLSelectElement>('[data-search-sort]')?.value === 'newest') state.sort = 'newest';
    return state;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    const generation = ++this.generation;
    const state = this.readState();
    const query = serialiseSearchState(state);
    if (this.isPage) history.replaceState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
    const full = this.root.querySelector<HTMLAnchorElement>('[data-search-full]');
    if (full) full.href = query ? `${this.searchPage}?${query}` : this.searchPage;

    this.query = normalizeQuery(state.q);
    const filters = pagefindFilters(state);
    this.list.replaceChildren();
    this.more.hidden = true;
    this.empty.hidden = true;
    if (this.query.search === '' && Object.keys(filters).length === 0) {
      this.setStatus('');
      return;
    }
    this.setStatus(ja.search.loading);
    try {
      const engine = await loadPagefind(this.base);
      const sort = pagefindSort(state);
      const options = { filters, ...(sort ? { sort } : {}) };
      const searches = [this.query.search || null, ...this.query.alternatives];
      const responses = await Promise.all(searches.map((term) => engine.search(term, options)));
      if (generation !== this.generation) return;
      this.candidates = interleave(responses.map((response) => response?.results ?? []));
      if (state.sort === 'relevance' && this.query.words.length > 0) await this.rank();
      if (generation !== this.generation) return;
      this.checked = 0;
      this.shown = 0;
      await this.showMore(generation, state);
    } catch {
      if (generation === this.generation) this.setStatus(ja.search.loadFailed);
    }
  }

  private dataOf(result: PagefindResult): Promise<PagefindResultData> {
    let data = this.data.get(result.id);
    if (!data) {
      data = result.data();
      this.data.set(result.id, data);
    }
    return data;
  }

  /** Re-rank the first results: whole-word matches before partial ones (search/ranking.ts). */
  private async rank(): Promise<void> {
    const head = this.candidates.slice(0, RANKED);
    const data = await Promise.all(head.map((result) => this.dataOf(result)));
    const order = rankOrder(
      data.map((item) => ({ title: item.meta.title ?? '', content: visibleText(item) })),
      this.query.requiredGroups,
    );
    this.candidates.splice(0, head.length, ...order.map((index) => head[index]!));
  }

  /** Shows the next PAGE_SIZE results that really contain every query word. */
  private async showMore(generation = this.generation, state = this.readState()): Promise<void> {
    const target = this.shown + PAGE_SIZE;
    const firstNew = this.shown;
    const checkLimit = this.checked + MAX_CHECKED_PER_REQUEST;
    while (this.shown < target && this.checked < this.candidates.length && this.checked < checkLimit) {
      const batch = this.candidates.slice(this.checked, this.checked + PAGE_SIZE);
      this.checked += batch.length;
      const data = await Promise.all(batch.map((result) => this.dataOf(result)));
      if (generation !== this.generation) return;
      for (const item of data) {
        if (this.shown >= target) {
          // Keep the rest for "show more": step back so they are checked again.
          this.checked -= data.length - data.indexOf(item);
          break;
        }
        if (this.query.requiredGroups.length > 0 && !containsEach(`${item.meta.title ?? ''} ${item.content}`, this.query.requiredGroups)) {
          continue;
        }
        this.list.append(this.renderResult(item));
        this.shown += 1;
        this.empty.hidden = true;
      }
    }
    const hasMore = this.checked < this.candidates.length;
    this.more.hidden = !hasMore;
    if (this.shown === 0) {
      // The first 50 candidates were all noise: answer "not found" (the button can look further).
      this.renderEmpty(state);
      return;
    }
    this.setStatus(ja.search.count(this.shown, hasMore));
    // After "show more", move focus to the first new result for keyboard users.
    if (firstNew > 0) this.list.children[firstNew]?.querySelector('a')?.focus();
  }

  private renderResult(item: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    const type = document.createElement('span');
    type.className = 'badge';
    type.textContent = item.meta.type ?? '';
    meta.append(type);
    if (item.meta.sample) {
      const sample = document.createElement('span');
      sample.className = 'badge badge--sample';
      sample.textContent = item.meta.sample;
      meta.append(sample);
    }
    if (item.meta.date) {
      const time = document.createElement('time');
      time.dateTime = item.meta.date;
      time.textContent = formatJapaneseDate(item.meta.date);
      meta.append(time);
    }
    const heading = document.createElement(this.headingTag);
    heading.className = 'search-result__title';
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    excerpt.innerHTML = excerptHtml(
      { content: item.content, title: item.meta.title, hiddenTail: item.meta.terms, fallback: item.meta.summary },
      this.query.requiredGroups.flat(),
    );
    li.append(meta, heading, excerpt);
    return li;
  }

  private renderEmpty(state: SearchState): void {
    const hints = this.get('[data-search-hints]');
    const items: Array<string | HTMLElement> = [];
    if (this.query.hiraganaWords.length > 0) items.push(ja.search.hintHiragana(this.query.hiraganaWords.join('、')));
    if (this.query.words.length > 1) {
      items.push(ja.search.hintFewerWords);
      for (const word of this.query.words) {
        const link = document.createElement('a');
        link.href = `${this.searchPage}?${serialiseSearchState({ ...state, q: word })}`;
        link.textContent = ja.search.tryWord(word);
        items.push(link);
      }
    }
    if (Object.keys(state.filters).length > 0) items.push(ja.search.hintFilters);
    items.push(ja.search.hintOtherWords);
    hints.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        li.append(item);
        return li;
      }),
    );
    this.empty.hidden = false;
    // The status line (a live region) says what was not found; the block below helps.
    this.setStatus(ja.search.noResults(state.q.trim()));
  }

  private setStatus(text: string): void {
    this.status.textContent = text;
  }
}

/** The page text without the hidden extra terms indexed at its end. */
function visibleText(item: PagefindResultData): string {
  const tail = item.meta.terms;
  const at = tail ? item.content.replace(/\u200b/gu, '').lastIndexOf(tail) : -1;
  const text = item.content.replace(/\u200b/gu, '');
  return at >= 0 ? text.slice(0, at) : text;
}

/** Results of several searches (a word and its synonyms), alternating, each page once. */
function interleave(lists: readonly PagefindResult[][]): PagefindResult[] {
  const seen = new Set<string>();
  const out: PagefindResult[] = [];
  for (let i = 0; lists.some((list) => i < list.length); i++) {
    for (const list of lists) {
      const result = list[i];
      if (result && !seen.has(result.id)) {
        seen.add(result.id);
        out.push(result);
      }
    }
  }
  return out;
}
