/**
 * The pure parts of `mission-handbook verify` (src/verify/): the pages a
 * site's build must hold, read from its content model alone; the forbidden
 * words found through the build's phrase breaks (<wbr>, zero-width spaces)
 * and entities, in pages and in the search index alike; drafts and future
 * posts recognised wherever they leak; the build's "today" across midnight JST.
 */
import { describe, expect, it } from 'vitest';
import { absentPages, expectedPages, onePerType, type RouteModel } from '../../src/verify/expectedPages.ts';
import { buildToday, type ModelPost } from '../../src/verify/siteModel.ts';
import { findLeaks, type UnpublishedPost } from '../../src/verify/unpublished.ts';
import { findWords, parseWordList, visibleText } from '../../src/verify/words.ts';
import { formatReport } from '../../src/verify/report.ts';
import { siteConfigSchema } from '../../src/rules/siteConfig.ts';

function post(slug: string, date: string, tags: string[], published = true): ModelPost {
  return { slug, title: `題名 ${slug}`, date, tags, draft: !published, published, file: `posts/${slug}.mdx` };
}

function model(overrides: Partial<RouteModel> = {}, config: Partial<RouteModel['config']> = {}): RouteModel {
  return {
    config: {
      organization: '架空村役場',
      title: '架空村 ポータル',
      basePath: '/',
      postsPerPage: 2,
      leaderTitle: '村長',
      principlesName: '心得',
      blogName: '村長だより',
      missionNoteLabel: '補足',
      ...config,
    },
    posts: [
      post('a', '2024-12-31', ['お知らせ']),
      post('b', '2025-01-01', ['お知らせ', '窓口']),
      post('c', '2025-03-01', []),
      post('hidden', '2025-04-01', ['下書きだけ'], false),
    ],
    principles: [
      { id: 'listen', title: '聴く', order: 1 },
      { id: 'act', title: '動く', order: 2 },
    ],
    chapters: [{ slug: 'kaigi', title: '会議の進め方', order: 1 }],
    missionTitle: '村のミッション',
    glossary: false,
    ...overrides,
  };
}

describe('expectedPages: every page of every type, from the content model', () => {
  it('lists each route with the h1 the site’s own words make', () => {
    const pages = expectedPages(model());
    const byPath = Object.fromEntries(pages.map((page) => [page.path, page]));
    expect(pages.map((page) => page.path)).toEqual([
      '/',
      '/posts/',
      '/posts/page/2/',
      '/posts/2025/',
      '/posts/2024/',
      '/posts/c/',
      '/posts/b/',
      '/posts/a/',
      '/tags/',
      `/tags/${encodeURIComponent('お知らせ')}/`,
      `/tags/${encodeURIComponent('窓口')}/`,
      '/mission/',
      '/principles/',
      '/principles/listen/',
      '/principles/act/',
      '/handbook/',
      '/handbook/kaigi/',
      '/handbook/print/',
      '/onboarding/',
      '/search/',
      '/accessibility/',
      '/404.html',
    ]);
    expect(byPath['/']!.h1).toBe('架空村 ポータル');
    expect(byPath['/posts/']!.h1).toBe('村長だより');
    expect(byPath['/posts/page/2/']!.h1).toBe('村長だより（2ページ目）');
    expect(byPath['/posts/2024/']!.h1).toBe('2024年の記事');
    expect(byPath['/principles/']!.h1).toBe('2つの心得');
    expect(byPath['/mission/']!.h1).toBe('村のミッション');
    expect(byPath['/handbook/print/']!.h1).toBe('ミッション・心得ハンドブック');
    expect(byPath[`/tags/${encodeURIComponent('窓口')}/`]!.h1).toBe('タグ「窓口」の記事');
  });

  it('leaves out what is not published: no page, year, tag or list page of a draft or future post', () => {
    const paths = expectedPages(model()).map((page) => page.path);
    expect(paths).not.toContain('/posts/hidden/');
    expect(paths).not.toContain(`/tags/${encodeURIComponent('下書きだけ')}/`);
    // Three published posts at two a page: two list pages, not two and a bit.
    expect(paths.filter((path) => path.startsWith('/posts/page/'))).toEqual(['/posts/page/2/']);
  });

  it('has a glossary page only when the site has a glossary', () => {
    expect(expectedPages(model({ glossary: true })).map((page) => page.path)).toContain('/glossary/');
    expect(expectedPages(model({ glossary: false })).map((page) => page.path)).not.toContain('/glossary/');
  });

  it('names the pages that must not exist: a glossary the site lacks, each unpublished post’s page', () => {
    expect(absentPages(model({}, { basePath: '/mayor/' })).map((page) => page.path)).toEqual(['/mayor/glossary/', '/mayor/posts/hidden/']);
    expect(absentPages(model({ glossary: true })).map((page) => page.path)).toEqual(['/posts/hidden/']);
  });

  it('puts every route under the site’s base path', () => {
    const pages = expectedPages(model({}, { basePath: '/mayor/' }));
    expect(pages.every((page) => page.path.startsWith('/mayor/'))).toBe(true);
    expect(pages.map((page) => page.path)).toContain('/mayor/posts/page/2/');
    expect(pages.map((page) => page.path)).toContain('/mayor/404.html');
  });

  it('a site without posts still has its list page, and no year, post or tag page', () => {
    const pages = expectedPages(model({ posts: [] }));
    expect(pages.filter((page) => ['posts', 'posts-page', 'year', 'post', 'tag'].includes(page.type)).map((page) => page.path)).toEqual(['/posts/']);
  });

  it('picks one page of each type for axe', () => {
    const types = onePerType(expectedPages(model({ glossary: true }))).map((page) => page.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toEqual(expect.arrayContaining(['home', 'post', 'principle', 'chapter', 'glossary', '404', 'print', 'search']));
  });
});

describe('forbidden words: found through phrase breaks, entities and case', () => {
  const words = ['裾野市役所', 'Susono', '綱領'];

  it('finds a word split by <wbr> or zero-width spaces in a page', () => {
    const hits = findWords(
      [
        { file: 'index.html', text: '<p>裾野<wbr>市役所の職員</p>' },
        { file: 'posts/a/index.html', text: '<p>綱\u200B領を読む</p>' },
        { file: 'rss.xml', text: '<title>裾野&#8203;市役所</title>' },
        { file: 'about/index.html', text: '<p>SUSONO city</p>' },
      ],
      words,
    );
    expect(hits.map((hit) => `${hit.file}: ${hit.word}`)).toEqual([
      'index.html: 裾野市役所',
      'posts/a/index.html: 綱領',
      'rss.xml: 裾野市役所',
      'about/index.html: Susono',
    ]);
    expect(hits[0]!.context).toContain('裾野市役所の職員');
  });

  it('finds a word in the search index’s JSON text, and in full-width letters', () => {
    const fragment = JSON.stringify({ url: '/posts/a/', content: '裾\u200b野\u200b市役所の話', meta: { title: 'Ｓｕｓｏｎｏ' } });
    expect(findWords([{ file: 'pagefind/fragment/ja_1.pf_fragment', text: fragment }], words).map((hit) => hit.word)).toEqual([
      '裾野市役所',
      'Susono',
    ]);
  });

  it('does not find what is not there', () => {
    expect(findWords([{ file: 'index.html', text: '<p>裾野<span>と</span>市役所、綱を領する</p>' }], words)).toEqual([]);
  });

  it('reads a word list: one a line, comments and blank lines skipped, BOM and duplicates dropped', () => {
    expect(parseWordList('\uFEFF裾野\n\n# 旧組織の言葉\n  市長 \r\nSusono\n裾野\n')).toEqual(['裾野', '市長', 'Susono']);
  });

  it('visible text decodes entities and drops invisible characters', () => {
    expect(visibleText('A&amp;B&nbsp;<wbr/>C&#x200B;D\u00ADE')).toBe('A&B C' + 'DE');
  });
});

describe('drafts and future posts: found wherever they leak', () => {
  const draft: UnpublishedPost = { slug: 'secret', title: '来年度の組織改編案', file: 'posts/2026/secret.mdx', reason: 'draft', path: '/mayor/posts/secret/' };

  it('finds its page, its address in the feed or sitemap, and its title in a list or the search index', () => {
    const leaks = findLeaks(
      [draft],
      [
        { file: 'index.html', text: '<ul><li><a href="/mayor/posts/other/">来年度の<wbr>組織改編案</a></li></ul>' },
        { file: 'rss.xml', text: '<item><link>http://intra/mayor/posts/secret/</link></item>' },
        { file: 'sitemap-0.xml', text: '<loc>http://intra/mayor/posts/secret/</loc>' },
        { file: 'pagefind/fragment/x.pf_fragment', text: '{"url":"/mayor/posts/x/","meta":{"title":"来年度の組織改編案"}}' },
        { file: 'posts/ok/index.html', text: '<p>来年度の組織改編案について、いずれ書きます</p>' },
      ],
      new Set(['posts/secret/index.html', 'index.html']),
      '/mayor/',
    );
    expect(leaks.map((leak) => `${leak.file}: ${leak.mark}`)).toEqual([
      'posts/secret/index.html: page',
      'index.html: title',
      'rss.xml: address',
      'sitemap-0.xml: address',
      'pagefind/fragment/x.pf_fragment: title',
    ]);
  });

  it('a published page may share an unpublished post’s title', () => {
    const files = [{ file: 'index.html', text: '<a href="/mayor/posts/other/">来年度の組織改編案</a>' }];
    expect(findLeaks([draft], files, new Set(), '/mayor/', new Set(['来年度の組織改編案']))).toEqual([]);
  });
});

describe('the build’s today, in the site’s time zone', () => {
  const config = siteConfigSchema.parse({ organization: 'x', title: 'x', description: 'x', defaultAuthor: 'x' });

  it('is already the next day in Japan at 15:30 UTC, and BUILD_DATE overrides it', () => {
    expect(buildToday(config, {}, new Date('2026-06-01T14:59:00Z'))).toBe('2026-06-01');
    expect(buildToday(config, {}, new Date('2026-06-01T15:30:00Z'))).toBe('2026-06-02');
    expect(buildToday(config, { BUILD_DATE: '2027-01-01' }, new Date('2026-06-01T15:30:00Z'))).toBe('2027-01-01');
  });
});

describe('the report', () => {
  it('names each failed check and each problem, and ends with how many failed', () => {
    const text = formatReport([
      { ja: '確認A', en: 'check A', summary: '3 件', problems: [] },
      { ja: '確認B', en: 'check B', summary: '', problems: ['/x/: 問題 / problem'] },
    ]);
    expect(text).toContain('✓ 確認A / check A: 3 件');
    expect(text).toContain('✗ 確認B / check B: 1 件の問題 / 1 problem(s)');
    expect(text).toContain('    - /x/: 問題 / problem');
    expect(text).toContain('1 of 2 checks failed');
  });
});
