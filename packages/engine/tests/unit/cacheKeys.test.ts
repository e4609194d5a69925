/**
 * The incremental-build cache keys (src/model/cacheKeys.ts): the hash's
 * properties, then, table-driven, which pages' keys each input changes. The
 * slow end-to-end proof is tests/incremental/equality.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => ({ getCollection: async () => [], getEntry: async () => undefined, render: async () => ({}) }));
const { hashOf, feedKey } = await import('../../src/model/cacheKeys.ts');

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

// ---------------------------------------------------------------------------
// pageKeys: change each input a page shows, and exactly the pages showing it
// get a new key (a key that misses an input leaves a stale page in an
// incremental build; one that over-reaches re-renders pages for nothing).
// ---------------------------------------------------------------------------

const gitDates = new Map<string, string>();
vi.mock('../../src/model/pageHistory.ts', () => ({ lastCommitDate: (file: string) => gitDates.get(file) }));
const { COMPONENT_INPUTS, pageKeys } = await import('../../src/model/cacheKeys.ts');
const { parseSiteConfig } = await import('../../src/rules/siteConfig.ts');
const { groupByYear, summariseTags } = await import('../../src/site/posts.ts');
const { paginate } = await import('../../src/site/pagination.ts');
const { AUTHOR_COMPONENTS } = await import('../../src/rules/bodyReferences.ts');
type SiteContent = import('../../src/model/siteContent.ts').SiteContent;
type Post = import('../../src/model/siteContent.ts').Post;
type Glossary = import('../../src/model/glossary.ts').Glossary;
type OnboardingPath = import('../../src/model/onboarding.ts').OnboardingPath;

interface State {
  site: Record<string, unknown>;
  posts: Array<{ slug: string; title: string; date: string; summary: string; tags: string[]; principles: string[]; body: string; digest: string }>;
  /** slug → slugs of its related posts */
  related: Record<string, string[]>;
  principles: Array<{ id: string; order: number; title: string; lead: string; body: string; digest: string }>;
  chapters: Array<{ slug: string; order: number; title: string; description: string; body: string; digest: string }>;
  glossaryEnabled: boolean;
  terms: Array<{ id: string; term: string; definition: string; shortText: string }>;
  steps: Array<{ key: string; title: string; note?: string }>;
}

/**
 * Three posts newest first (p0, p1, p2; two per list page), two principles,
 * two chapters, two terms, a two-step onboarding path. p0's related post is
 * p2 (not its neighbour p1), so each input reaches p0 by one way only.
 */
function baseState(): State {
  return {
    site: { organization: '架空町役場', title: '架空町ポータル', description: '説明です。', defaultAuthor: 'mayor', postsPerPage: 2 },
    posts: [
      { slug: 'p0', title: '三月の記事', date: '2025-03-01', summary: '要約0', tags: ['市政'], principles: ['alpha'], body: '本文0', digest: 'd0' },
      { slug: 'p1', title: '二月の記事', date: '2025-02-01', summary: '要約1', tags: ['市政', '財政'], principles: [], body: '本文1', digest: 'd1' },
      { slug: 'p2', title: '十二月の記事', date: '2024-12-01', summary: '要約2', tags: ['財政'], principles: ['alpha'], body: '<Term id="kessai">決裁</Term>', digest: 'd2' },
    ],
    related: { p0: ['p2'], p1: [], p2: ['p0'] },
    principles: [
      { id: 'alpha', order: 1, title: '現場を見る', lead: 'リード1', body: '本文', digest: 'pa' },
      { id: 'beta', order: 2, title: '小さく始める', lead: 'リード2', body: '<PrincipleLink id="alpha" />', digest: 'pb' },
    ],
    chapters: [
      { slug: 'c1', order: 1, title: '会議', description: '説明1', body: '<Term id="kessai">決裁</Term>', digest: 'c1' },
      { slug: 'c2', order: 2, title: '予算', description: '説明2', body: '<PostEmbed slug="p2" />', digest: 'c2' },
    ],
    glossaryEnabled: true,
    terms: [
      { id: 'kessai', term: '決裁', definition: '承認の手続き。', shortText: '承認の手続き。' },
      { id: 'yosan', term: '予算', definition: '一年の計画。', shortText: '一年の計画。' },
    ],
    steps: [
      { key: 'principles/alpha', title: '現場を見る' },
      { key: 'handbook/c1', title: '会議' },
    ],
  };
}

const entry = (body: string, digest: string) => ({ body, digest }) as never;
const author = { id: 'mayor', name: '架空 太郎', role: '町長' };

function model(state: State): { content: SiteContent; glossary: Glossary; onboarding: OnboardingPath } {
  const posts: Post[] = state.posts.map(({ body, digest, ...post }) => ({
    ...post,
    date: post.date as never,
    updated: undefined,
    author,
    draft: false,
    pinned: false,
    searchTerms: [],
    sample: false,
    unpublished: false,
    readingMinutes: 1,
    file: `content/posts/${post.slug}.mdx`,
    entry: entry(body, digest),
  }));
  const bySlug = new Map(posts.map((post) => [post.slug, post]));
  const content = {
    config: parseSiteConfig(state.site, 'content/site.yaml'),
    today: '2025-12-01',
    posts,
    principles: state.principles.map(({ body, digest, ...principle }) => ({
      ...principle,
      questions: [],
      readingMinutes: 1,
      file: `content/principles/${principle.id}.mdx`,
      entry: entry(body, digest),
    })),
    authors: [author],
    chapters: state.chapters.map(({ body, digest, ...chapter }) => ({
      ...chapter,
      searchTerms: [],
      readingMinutes: 1,
      file: `content/handbook/${chapter.slug}.mdx`,
      entry: entry(body, digest),
    })),
    mission: undefined as never,
    tags: summariseTags(posts),
    related: new Map(Object.entries(state.related).map(([slug, slugs]) => [slug, slugs.map((s) => bySlug.get(s)!)])),
  } satisfies SiteContent;
  const terms = state.terms.map((term) => ({ ...term, related: [] })) as unknown as Glossary['terms'];
  const glossary: Glossary = { enabled: state.glossaryEnabled, file: 'content/glossary.yaml', terms, byId: new Map(terms.map((t) => [t.id, t])) };
  const steps = state.steps.map((step, index) => ({ ...step, href: `/${step.key}/`, kindLabel: '', number: index + 1 }));
  return { content, glossary, onboarding: { sections: [{ title: '最初に', steps }], steps, totalMinutes: 5 } };
}

/** Every page's key, by page: what the routes ask for (src/pages/**). */
function allKeys(state: State): Map<string, string> {
  const { content, glossary, onboarding } = model(state);
  const keys = pageKeys(content, glossary, onboarding);
  const result = new Map<string, string>();
  content.posts.forEach((post, index) => result.set(`post:${post.slug}`, keys.post(index)));
  for (const page of paginate(content.posts, content.config.postsPerPage)) result.set(`posts:${page.number}`, keys.postList(page));
  for (const { year } of groupByYear(content.posts)) result.set(`year:${year}`, keys.year(year));
  for (const tag of content.tags) result.set(`tag:${tag.name}`, keys.tag(tag.slug));
  for (const principle of content.principles) result.set(`principle:${principle.id}`, keys.principle(principle.id));
  for (const chapter of content.chapters) result.set(`chapter:${chapter.slug}`, keys.chapter(chapter.slug));
  return result;
}

/** Pages whose key differs (or that appear or disappear) after the edit. */
function changedPages(edit: (state: State) => void): string[] {
  const before = allKeys(baseState());
  const state = baseState();
  edit(state);
  const after = allKeys(state);
  return [...new Set([...before.keys(), ...after.keys()])].filter((page) => before.get(page) !== after.get(page)).sort();
}

const EVERY_PAGE = [...allKeys(baseState()).keys()].sort();
const post = (state: State, slug: string) => state.posts.find((p) => p.slug === slug)!;

describe('pageKeys: which pages change when one input changes', () => {
  const cases: Array<[string, (state: State) => void, string[]]> = [
    // A post's card facts show on its page, its neighbours' prev/next links, list pages, year and tag pages.
    ['a post’s title', (s) => void (post(s, 'p1').title = '改題'), ['post:p0', 'post:p1', 'post:p2', 'posts:1', 'tag:市政', 'tag:財政', 'year:2025']],
    // p0 shows p1 only as its older neighbour: a key without `older` misses it.
    ['the older neighbour of the newest post', (s) => void (post(s, 'p1').summary = '新しい要約'), ['post:p0', 'post:p1', 'post:p2', 'posts:1', 'tag:市政', 'tag:財政', 'year:2025']],
    // p2 is p0's related post, p1's older neighbour, embedded by chapter c2 and cites principle alpha.
    ['a post shown as related, as a neighbour and embedded', (s) => void (post(s, 'p2').summary = '新しい要約'), ['chapter:c2', 'post:p0', 'post:p1', 'post:p2', 'posts:2', 'principle:alpha', 'tag:財政', 'year:2024']],
    ['a post’s body (its digest)', (s) => void (post(s, 'p1').digest = 'd1-edited'), ['post:p1']],
    ['a post’s tags (a new tag page appears)', (s) => void post(s, 'p2').tags.push('防災'), ['chapter:c2', 'post:p0', 'post:p1', 'post:p2', 'posts:2', 'principle:alpha', 'tag:財政', 'tag:防災', 'year:2024']],
    ['a post’s related posts', (s) => void (s.related.p1 = ['p0']), ['post:p1']],
    ['the git date of a post', () => void gitDates.set('content/posts/p1.mdx', '2025-06-01'), ['post:p1']],
    ['the git date of a chapter', () => void gitDates.set('content/handbook/c2.mdx', '2025-06-01'), ['chapter:c2']],
    ['a principle’s lead', (s) => void (s.principles[0]!.lead = '新しいリード'), ['principle:alpha']],
    ['a principle’s body (its digest)', (s) => void (s.principles[1]!.digest = 'pb-edited'), ['principle:beta']],
    // Principle titles: badges, PrincipleLink, prev/next, search filters on every body page.
    ['a principle’s title', (s) => void (s.principles[0]!.title = '新しい題'), ['chapter:c1', 'chapter:c2', 'post:p0', 'post:p1', 'post:p2', 'principle:alpha', 'principle:beta']],
    // The handbook sidebar lists every chapter.
    ['a chapter’s title', (s) => void (s.chapters[1]!.title = '新しい章'), ['chapter:c1', 'chapter:c2']],
    ['a chapter’s body (its digest)', (s) => void (s.chapters[0]!.digest = 'c1-edited'), ['chapter:c1']],
    ['a term a post and a chapter use', (s) => void (s.terms[0]!.shortText = '新しい説明'), ['chapter:c1', 'post:p2']],
    ['a term no page uses', (s) => void (s.terms[1]!.shortText = '新しい説明'), []],
    // Step i shows its own step and the next one.
    ['an onboarding step', (s) => void (s.steps[1]!.note = '最初に読む'), ['chapter:c1', 'principle:alpha']],
    // Shared by every page: the site configuration, the principle count, whether a glossary exists.
    ['the site configuration', (s) => void (s.site.title = '新しいポータル'), EVERY_PAGE],
    ['whether there is a glossary', (s) => void (s.glossaryEnabled = false), EVERY_PAGE],
  ];

  it.each(cases)('%s', (_name, edit, expected) => {
    gitDates.clear();
    try {
      expect(changedPages(edit)).toEqual([...expected].sort());
    } finally {
      gitDates.clear();
    }
  });

  it('a new principle changes every page (their number is in every page’s chrome)', () => {
    const changed = changedPages((s) => void s.principles.push({ id: 'gamma', order: 3, title: '挑む', lead: 'リード3', body: '本文', digest: 'pc' }));
    expect(changed).toEqual([...EVERY_PAGE, 'principle:gamma'].sort());
  });

  it('the same content gives the same keys (nothing random or time-dependent)', () => {
    expect(changedPages(() => {})).toEqual([]);
  });
});

describe('COMPONENT_INPUTS: every MDX component’s data from other files is in the key', () => {
  const folder = path.resolve(import.meta.dirname, '../../src/components/mdx');
  const files = readdirSync(folder).filter((file) => file.endsWith('.astro'));

  it('lists every component editors may use, and no other', () => {
    expect(Object.keys(COMPONENT_INPUTS).sort()).toEqual([...AUTHOR_COMPONENTS].sort());
    expect(files.map((file) => file.replace(/\.astro$/u, '')).sort()).toEqual([...AUTHOR_COMPONENTS].sort());
  });

  // ui.ts and routes.ts carry only the site configuration, which every key already covers.
  const readsContent = (source: string) => /from '\.\.\/\.\.\/model\/(?!ui\.ts'|routes\.ts'|editorView\.ts')[^']+'/u.test(source);

  it.each(files)('%s: a component that reads the content model names what it shows', (file) => {
    const name = file.replace(/\.astro$/u, '') as keyof typeof COMPONENT_INPUTS;
    const source = readFileSync(path.join(folder, file), 'utf8');
    expect(COMPONENT_INPUTS[name].length > 0, `${name} reads the model: name its inputs in COMPONENT_INPUTS (src/model/cacheKeys.ts)`).toBe(
      readsContent(source),
    );
  });

  // Each listed input really reaches the key of a page that uses the component.
  const edits: Record<string, (state: State) => void> = {
    principleTitles: (s) => void (s.principles[0]!.title = '新しい題'),
    terms: (s) => void (s.terms[0]!.shortText = '新しい説明'),
    embeds: (s) => void (s.posts[2]!.summary = '新しい要約'),
  };
  const uses: Record<string, string> = {
    PrincipleLink: '<PrincipleLink id="alpha" />',
    PostEmbed: '<PostEmbed slug="p2" />',
    Term: '<Term id="kessai">決裁</Term>',
  };
  it.each(Object.entries(COMPONENT_INPUTS).filter(([, inputs]) => inputs.length > 0))(
    '%s: its inputs change the key of a chapter using it',
    (name, inputs) => {
      for (const input of inputs) {
        // Chapter c1 uses only this component; the edit touches only what it shows.
        const withComponent = (s: State) => void (s.chapters[0]!.body = uses[name]!);
        const before = allKeys((() => { const s = baseState(); withComponent(s); return s; })());
        const state = baseState();
        withComponent(state);
        edits[input]!(state);
        expect(allKeys(state).get('chapter:c1'), `${name} › ${input}`).not.toBe(before.get('chapter:c1'));
      }
    },
  );
});

describe('feedKey: a tag or principle feed is re-rendered exactly when what it lists changes', () => {
  const item = { title: '記事', link: '/posts/a/', date: '2025-06-01', description: '概要', categories: [] };
  const feed = { title: 'フィード', description: '説明', link: '/tags/a/', items: [item] };
  const config = { title: 'サイト', siteUrl: 'https://intra.example.lg.jp' } as unknown as Parameters<typeof feedKey>[1];

  it('is the same for the same feed, and differs when an item, the feed or the site changes', () => {
    expect(feedKey(feed, config)).toBe(feedKey(structuredClone(feed), config));
    expect(feedKey({ ...feed, items: [{ ...item, title: '記事（改）' }] }, config)).not.toBe(feedKey(feed, config));
    expect(feedKey({ ...feed, items: [item, { ...item, link: '/posts/b/' }] }, config)).not.toBe(feedKey(feed, config));
    expect(feedKey(feed, { ...config, siteUrl: 'https://other.example.lg.jp' })).not.toBe(feedKey(feed, config));
  });
});
