/**
 * The real build, run on content-valid and its overlays (tests/fixtures/):
 * every kind of content mistake stops it with the very report check:content
 * prints, naming the file, line and field in both languages; what editors
 * type out of habit builds as they meant; drafts and future posts never reach any output file;
 * the daily rebuild publishes a post once its date has come; `astro dev`
 * shows drafts with a 下書き badge. Slow (a few seconds per build), so builds
 * run two at a time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/files/contentCheck.ts';
import { formatContentIssues } from '../../src/rules/issues.ts';
import { BAD_FIXTURES, GOOD_OVERLAYS } from '../support/badFixtures.ts';
import { buildFixture, checkFixture, devServer, indexWithPagefind, type Project, type RunResult } from '../support/fixtureBuild.ts';

// Generous: builds queue for one of two slots, and CI machines may be busy.
const TIMEOUT = 600_000;
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/gu, '');

/** A port nobody listens on, from the OS. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A file's text as a search would see it: Pagefind's index files are
 * gzipped, and Pagefind splits Japanese words with zero-width spaces.
 */
function searchable(file: string): string {
  let bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  return bytes.toString('utf8').replaceAll('\u200b', '').toLowerCase();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(dir, file))
    .filter((file) => statSync(file).isFile());
}

/**
 * Parity, with few builds on a small machine: one build holds every bad
 * overlay at once (the build reports every mistake, and none of these masks
 * another), so each overlay's message must appear in that build's output
 * exactly as `check:content` prints it for the same folder.
 */
describe('check:content and the build agree on every bad input', () => {
  const bad = BAD_FIXTURES.filter((item) => !item.buildOnly);
  const env = { BASE_PATH: '/mayor/', BUILD_DATE: '2025-07-01' };
  let build: RunResult & Project;
  let output: string;
  let report: string;

  beforeAll(async () => {
    build = await buildFixture('content-valid', env, bad.map((item) => item.overlay));
    output = plain(build.output);
    report = formatContentIssues(checkContent(path.join(build.dir, 'content'), build.dir, env.BUILD_DATE).issues);
  }, TIMEOUT);
  afterAll(() => build?.dispose());

  it('the build stops with exactly the report check:content prints: every problem of every file, no stack trace', () => {
    expect(build.code, output).toBe(1); // an exit code, not a crash (deep nesting once segfaulted)
    expect(output).toContain(report);
    expect(output).not.toContain('Stack trace');
    expect(output).not.toMatch(/\n\s+at /u);
  });

  for (const item of bad) {
    it(`${item.overlay}: the same file, field and words in both`, () => {
      for (const text of [output, report]) {
        for (const file of item.files) expect(text).toContain(`content/${file}`);
        expect(text).toContain(item.field);
        expect(text).toContain(item.ja);
        expect(text).toContain(item.en);
      }
    });
  }

  it(
    'npm run check:content prints the same report',
    async () => {
      const cli = await checkFixture(path.join(build.dir, 'content'), build.dir, env);
      expect(cli.code).toBe(1);
      expect(plain(cli.output)).toContain(report);
    },
    TIMEOUT,
  );
});

describe('a mistake only the built site shows stops the build', () => {
  for (const item of BAD_FIXTURES.filter((candidate) => candidate.buildOnly)) {
    it(
      `${item.overlay}: names the page and link, in Japanese and English`,
      async () => {
        const build = await buildFixture('content-valid', { BASE_PATH: '/mayor/', BUILD_DATE: '2025-07-01' }, [item.overlay]);
        try {
          const output = plain(build.output);
          expect(build.code, output).not.toBe(0);
          expect(output).toContain(item.field);
          expect(output).toContain(item.ja);
          expect(output).toContain(item.en);
          // check:content cannot see it, and says so by passing.
          expect(checkContent(path.join(build.dir, 'content'), build.dir, '2025-07-01').issues).toEqual([]);
        } finally {
          build.dispose();
        }
      },
      TIMEOUT,
    );
  }
});

describe('what a Japanese editor types builds, shown as meant', () => {
  let build: RunResult & Project;
  // <wbr> marks Japanese phrase boundaries (src/site/phraseBreaks.ts); the text is what readers see without it.
  const read = (file: string) => readFileSync(path.join(build.dir, 'dist', file), 'utf8').replaceAll('<wbr>', '');
  const article = (file: string) => read(file).split('<article')[1] ?? '';

  beforeAll(async () => {
    build = await buildFixture('content-valid', { BUILD_DATE: '2025-07-01' }, GOOD_OVERLAYS);
  }, TIMEOUT);
  afterAll(() => build?.dispose());

  it('builds', () => {
    expect(build.code, plain(build.output)).toBe(0);
  });

  it('shows < and { } in running text literally, and <!-- notes --> not at all', () => {
    const html = article('posts/editor-habits/index.html');
    expect(html).toContain('10人&lt;20人');
    expect(html).toContain('{月曜}');
    expect(html).toContain('&lt;金曜&gt;');
    expect(html).not.toContain('広報メモ');
  });

  it('ends a pasted URL before the 。 and reads smart quotes around an attribute', () => {
    const html = article('posts/editor-habits/index.html');
    expect(html).toContain('href="https://example.com/page"');
    expect(html).toMatch(/class="callout callout--caution"/u);
  });

  it('reads 2025年6月2日 and 令和7年6月3日 as dates, a principle by its title, tags split at 、 and in ［ ］', () => {
    const html = read('posts/editor-habits/index.html');
    expect(html).toContain('datetime="2025-06-02"');
    expect(html).toContain('datetime="2025-06-03"');
    expect(html).toContain('href="/principles/real-problem/"');
    for (const tag of ['働き方', '業務改善', '広報']) {
      expect(read(`tags/${tag}/index.html`), tag).toContain(tag === '広報' ? '全角かっこのタグ' : '日本語の書き癖');
    }
  });
});

describe('the valid fixture, built on 2025-07-01 under /mayor/', () => {
  let build: RunResult & Project;
  let dist: string;
  const read = (file: string) => readFileSync(path.join(dist, file), 'utf8').replaceAll('<wbr>', '');

  beforeAll(async () => {
    // NODE_ENV=test, as test runners and some CI images set it, must not show drafts.
    build = await buildFixture('content-valid', { BUILD_DATE: '2025-07-01', BASE_PATH: '/mayor/', NODE_ENV: 'test', EDITOR_VIEW: '1' });
    dist = path.join(build.dir, 'dist');
    if (build.code === 0) {
      const pagefind = await indexWithPagefind(build.dir);
      expect(pagefind.code, pagefind.output).toBe(0);
    }
  }, TIMEOUT);
  afterAll(() => build?.dispose());

  it('builds, and checks its own internal links', () => {
    expect(build.code, plain(build.output)).toBe(0);
    expect(plain(build.output)).toMatch(/output-check\] \d+ ファイル（\d+ ページ[^）]*）を確認: リンク切れ・外部リソースなし/u);
  });

  it('leaves no trace of the draft or the future post in any file of dist/, the search index included', () => {
    const phrases = [
      'DRAFTPHRASE-9F3K',
      'DRAFTSUMMARY7Q',
      '下書きの記事ZQX',
      '下書き専用タグ',
      'secret-draft',
      'FUTUREPHRASE-2M8P',
      'FUTURESUMMARY4R',
      '未来の記事WVY',
      '未来専用タグ',
      'future-post',
    ];
    const files = filesUnder(dist);
    // Feeds, sitemap and the Pagefind index are among the files searched.
    expect(files.map((file) => path.relative(dist, file))).toEqual(
      expect.arrayContaining(['rss.xml', 'sitemap-0.xml', 'sitemap-index.xml', 'posts/index.html', 'tags/index.html']),
    );
    const searchIndex = files.filter(
      (file) => file.includes(`${path.sep}pagefind${path.sep}`) && /\.pf_\w+$/u.test(file),
    );
    expect(searchIndex.length).toBeGreaterThan(0);
    let indexText = '';
    for (const file of files) {
      const text = searchable(file);
      if (searchIndex.includes(file)) indexText += text;
      for (const phrase of phrases) expect(text.includes(phrase.toLowerCase()), `${phrase} in ${file}`).toBe(false);
      // Tag pages and links carry the tag percent-encoded too.
      expect(text.includes(encodeURIComponent('下書き専用タグ').toLowerCase()), file).toBe(false);
    }
    // The search is real: the published posts are in the index.
    expect(indexText).toContain('公開済みの最初の記事です');
  });

  it('lists published posts in the RSS feed with their full summary, and in the sitemap', () => {
    const rss = read('rss.xml');
    expect(rss).toContain('<link>http://localhost:4321/mayor/posts/components-demo/</link>');
    expect(rss).toContain('<description>記事の中で使える4つの部品をすべて使った記事です。</description>');
    expect(read('sitemap-0.xml')).toContain('http://localhost:4321/mayor/posts/first-post/');
    expect(read('sitemap-0.xml')).not.toContain('404');
  });

  it('has year archives', () => {
    expect(read('posts/2024/index.html')).toContain('最初の記事');
    expect(read('posts/2025/index.html')).toContain('部品の使い方');
    expect(read('posts/2025/index.html')).not.toContain('最初の記事</a></h2>');
  });

  it('renders the author components and optimises the image beside the post', () => {
    const html = read('posts/components-demo/index.html');
    expect(html).toMatch(/class="callout callout--point" role="note"/u);
    expect(html).toContain('締め切りに注意');
    expect(html).toMatch(
      /<figure class="figure"[^>]*>.*<img src="\/mayor\/_astro\/photo\.[\w-]+\.webp"[^>]*alt="オレンジ色の四角形"/su,
    );
    expect(html).toContain('<figcaption');
    expect(html).toMatch(/href="\/mayor\/principles\/real-problem\/"[^>]*>綱領1「本当の課題を見つける」/u);
    expect(html).toMatch(/class="post-embed"[^]*href="\/mayor\/posts\/first-post\/"[^]*公開済みの最初の記事です。/u);
    expect(filesUnder(path.join(dist, '_astro')).some((file) => file.endsWith('.webp'))).toBe(true);
    expect(html).toMatch(/href="\/mayor\/principles\/start-small\/"[^>]*>小さく始める話<\/a>/u);
  });

  it('an editor preview build (EDITOR_VIEW=1) links to the edit page and shows the last commit; the feedback form gets the title', () => {
    const html = read('posts/components-demo/index.html');
    // The browser editor is on by default, so the editors' link opens the entry in it.
    expect(html).toContain('href="/mayor/admin/#/collections/posts/entries/2025/components-demo"');
    // siteUrl is still the localhost placeholder: the form gets the page's path, never a localhost address.
    expect(html).toContain(`subject=${encodeURIComponent('部品の使い方')}&amp;page=${encodeURIComponent('/mayor/posts/components-demo/')}`);
    expect(html).not.toContain(encodeURIComponent('http://localhost'));
    expect(html).toMatch(/感想・質問を送る/u);
    // Not in git here, so the date falls back to the post's own date.
    expect(html).toMatch(/最終更新日：<time datetime="2025-06-02"/u);
    for (const page of ['mission/index.html', 'principles/real-problem/index.html', 'handbook/intro/index.html']) {
      expect(read(page), page).toContain('このページを編集');
    }
  });
});

describe('the daily rebuild', () => {
  it(
    'publishes a post once its date has come',
    async () => {
      const build = await buildFixture('content-valid', { BUILD_DATE: '2025-12-24' });
      try {
        expect(build.code, plain(build.output)).toBe(0);
        const dist = path.join(build.dir, 'dist');
        expect(readFileSync(path.join(dist, 'posts/future-post/index.html'), 'utf8')).toContain('FUTUREPHRASE-2M8P');
        expect(readFileSync(path.join(dist, 'rss.xml'), 'utf8')).toContain('未来の記事WVY');
        expect(readFileSync(path.join(dist, 'rss.xml'), 'utf8')).not.toContain('下書きの記事ZQX');
        // A readers' build (no EDITOR_VIEW) carries no editing machinery.
        const mission = readFileSync(path.join(dist, 'mission/index.html'), 'utf8');
        expect(mission).not.toContain('このページを編集');
        expect(mission).not.toContain('編集者向け');
        expect(mission).toMatch(/更新日：<time/u);
      } finally {
        build.dispose();
      }
    },
    TIMEOUT,
  );
});

describe('npm run dev', () => {
  it(
    'shows drafts and future posts, marked 下書き, so editors can preview them',
    async () => {
      const server = await devServer('content-valid', await freePort(), { BUILD_DATE: '2025-07-01' });
      try {
        const draft = await fetch(`${server.url}/posts/secret-draft/`);
        expect(draft.status).toBe(200);
        const html = (await draft.text()).replaceAll('<wbr>', '');
        expect(html).toContain('DRAFTPHRASE-9F3K');
        // The badge's classes, then any scoping class Astro adds (astro-xxxxxxxx).
        expect(html).toMatch(/class="badge badge--warning(?: astro-\w+)?"[^>]*>下書き</u);
        const list = (await (await fetch(`${server.url}/posts/`)).text()).replaceAll('<wbr>', '');
        expect(list).toContain('未来の記事WVY');
        expect(list.match(/class="badge badge--warning(?: astro-\w+)?"[^>]*>下書き</gu)?.length).toBe(2);
      } finally {
        await server.stop();
      }
    },
    TIMEOUT,
  );

  it(
    'serves /admin/ with its scripts: the editor and Decap load in astro dev as in the build (no trailing slash on a .js)',
    async () => {
      const server = await devServer('content-valid', await freePort(), { EDITOR_BACKEND: 'local' });
      try {
        const html = await (await fetch(`${server.url}/admin/`)).text();
        const script = /<script[^>]*src="(\/admin\/editor\/[^"]+\.js)"/u.exec(html)?.[1];
        const bundle = /"bundle":"(\/admin\/decap\/[^"]+\.js)"/u.exec(html)?.[1];
        expect(script, html.slice(0, 400)).toBeDefined();
        expect(bundle).toBeDefined();
        for (const url of [script!, bundle!]) {
          const response = await fetch(`${server.url}${url}`);
          expect(response.status, url).toBe(200);
          expect((await response.text()).length, url).toBeGreaterThan(1000);
        }
      } finally {
        await server.stop();
      }
    },
    TIMEOUT,
  );
});
