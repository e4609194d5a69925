/**
 * The feeds of a real build, read with a real feed parser (rss-parser), under
 * the sub-path /mayor/: the whole blog, one per principle and per tag, and
 * the changes to the mission and handbook from the content's git history
 * (a throw-away repository whose commits straddle midnight in Japan).
 * Drafts and future posts are in none of them; each page names its feed in
 * <link rel="alternate"> and in a visible link.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, projectWithFixture, type Project, type RunResult } from '../support/fixtureBuild.ts';

const TIMEOUT = 600_000;
const parser = new Parser();
const ORIGIN = 'http://localhost:4321';

function git(dir: string, args: string[], date?: string) {
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Koho',
      GIT_AUTHOR_EMAIL: 'koho@example.lg.jp',
      GIT_COMMITTER_NAME: 'Koho',
      GIT_COMMITTER_EMAIL: 'koho@example.lg.jp',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });
}

describe('feeds of a built site', () => {
  let project: Project;
  let build: RunResult;
  const dist = (file: string) => path.join(project.dir, 'dist', file);
  const read = (file: string) => readFileSync(dist(file), 'utf8');
  const feed = (file: string) => parser.parseString(read(file));

  beforeAll(async () => {
    project = projectWithFixture('content-valid');
    const dir = project.dir;
    git(dir, ['init', '-q', '-b', 'main']);
    writeFileSync(
      path.join(dir, 'content/mission/versions/v3.md'),
      "---\nversion: 3\nproposal:\n  commentsUntil: '2025-07-31'\nstatement: 改訂案の文PROPOSAL3\nshortForm: 案\nnote: テスト用の注記です\nchanges: 第3版の案の変更点\nreason: テストのため\n---\n",
    );
    git(dir, ['add', 'content']);
    git(dir, ['commit', '-q', '-m', 'content'], '2025-05-01T10:00:00+09:00');
    appendFileSync(path.join(dir, 'content/handbook/intro.mdx'), '\n追記した段落です。\n\n### 追記した見出し\n\n<PrincipleLink id="start-small" />に沿って、**試して**みます。\n');
    writeFileSync(
      path.join(dir, 'content/mission/versions/v2.md'),
      "---\nversion: 2\neffective: '2025-06-25'\nstatement: テスト市民のために最良のサービスを提供する\nshortForm: 市民のために\nnote: テスト用の注記です\nchanges: 言葉を改めた\nreason: テストのため\n---\n",
    );
    git(dir, ['add', 'content']);
    // 00:30 in Japan is still the previous day in UTC: the change belongs to 6月20日.
    git(dir, ['commit', '-q', '-am', 'change a chapter'], '2025-06-19T15:30:00Z');
    build = await buildProject(dir, { BASE_PATH: '/mayor/', BUILD_DATE: '2025-07-01' });
  }, TIMEOUT);
  afterAll(() => project?.dispose());

  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('the whole blog: published posts only, absolute links under the sub-path', async () => {
    const parsed = await feed('rss.xml');
    expect(parsed.items.map((item) => item.link)).toEqual([`${ORIGIN}/mayor/posts/components-demo/`, `${ORIGIN}/mayor/posts/first-post/`]);
    expect(parsed.link).toBe(`${ORIGIN}/mayor/posts/`);
  });

  it('one feed per principle, listing only the published posts that cite it', async () => {
    // future-post (2025-12-24) cites real-problem, secret-draft (draft) cites start-small.
    const realProblem = await feed('principles/real-problem/rss.xml');
    expect(realProblem.title).toContain('本当の課題を見つける');
    expect(realProblem.link).toBe(`${ORIGIN}/mayor/principles/real-problem/`);
    expect(realProblem.items.map((item) => item.link)).toEqual([`${ORIGIN}/mayor/posts/first-post/`]);
    const startSmall = await feed('principles/start-small/rss.xml');
    expect(startSmall.items.map((item) => item.title)).toEqual(['部品の使い方']);
    expect(startSmall.items[0]?.contentSnippet).toBe('記事の中で使える4つの部品をすべて使った記事です。');
    expect(startSmall.items[0]?.isoDate).toBe('2025-06-02T00:00:00.000Z');
  });

  it('one feed per tag, and none for a tag only a draft or future post has', async () => {
    const notice = await feed('tags/お知らせ/rss.xml');
    expect(notice.items.map((item) => item.title)).toEqual(['部品の使い方', '最初の記事']);
    expect(notice.items[0]?.categories).toEqual(['お知らせ', '使い方']);
    expect(existsSync(dist('tags/未来専用タグ/rss.xml'))).toBe(false);
    expect(existsSync(dist('tags/下書き専用タグ/rss.xml'))).toBe(false);
  });

  it('no feed holds a word of a draft or future post', () => {
    const files = ['rss.xml', 'updates/rss.xml', 'principles/real-problem/rss.xml', 'principles/start-small/rss.xml', 'tags/お知らせ/rss.xml'];
    for (const file of files) expect(read(file)).not.toMatch(/ZQX|WVY|DRAFTSUMMARY7Q|FUTURESUMMARY4R|secret-draft|future-post/u);
  });

  it('the changes feed: each chapter change (by the Japanese day) and mission version, each its own item on the updates page', async () => {
    const parsed = await feed('updates/rss.xml');
    expect(parsed.link).toBe(`${ORIGIN}/mayor/updates/`);
    const links = parsed.items.map((item) => item.link);
    expect(links).toEqual([
      `${ORIGIN}/mayor/updates/#mission-v2`,
      `${ORIGIN}/mayor/updates/#chapter-intro-2025-06-20`,
      // The proposal, dated by the commit that filed it, open until 31 July.
      `${ORIGIN}/mayor/updates/#mission-proposal-v3-2025-05-01`,
      `${ORIGIN}/mayor/updates/#principle-real-problem-2025-05-01`,
      `${ORIGIN}/mayor/updates/#principle-start-small-2025-05-01`,
      `${ORIGIN}/mayor/updates/#chapter-intro-2025-05-01`,
      expect.stringMatching(/#mission-v1$/u),
    ]);
    expect(parsed.items[0]?.title).toBe('ミッションの第2版を適用しました');
    expect(parsed.items[0]?.contentSnippet).toBe('言葉を改めた');
    expect(parsed.items[2]?.title).toBe('ミッションの改訂案（第3版）への意見を募集しています（2025年7月31日（令和7年）まで）');
    expect(parsed.items[2]?.contentSnippet).toBe('第3版の案の変更点');
    expect(parsed.items[1]?.title).toBe('ハンドブック「はじめに」を変更しました');
    expect(parsed.items[5]?.title).toBe('ハンドブック「はじめに」を追加しました');
    // The proposal's text itself is on the mission page, never in the feed as if in force.
    expect(read('updates/rss.xml')).not.toContain('PROPOSAL3');
    // Every item's fragment names an entry of the updates page.
    const page = read('updates/index.html');
    for (const link of links) expect(page).toContain(`id="${new URL(link!).hash.slice(1)}"`);
  });

  it('the updates page shows each change with its character-level diff: the chapter from git, the mission against its previous version', () => {
    const page = read('updates/index.html');
    const entry = (id: string) => {
      const start = page.indexOf(`id="${id}"`);
      return page.slice(start, page.indexOf('</li>', start));
    };
    const chapter = entry('chapter-intro-2025-06-20');
    expect(chapter).toMatch(/<ins[^>]*>(?:<span[^>]*>［追加］<\/span>)?\s*追記した段落です。/u);
    expect(chapter).not.toContain('<del');
    // The reader's words, not the source's markup: the heading's words, the principle's title.
    expect(chapter).toContain('追記した見出し');
    expect(chapter).toContain('小さく始めるに沿って、試してみます。');
    expect(chapter).not.toMatch(/###|&lt;PrincipleLink|\*\*/u);
    // The first version of a chapter has nothing to compare with.
    expect(entry('chapter-intro-2025-05-01')).not.toContain('data-diff-passage');
    const mission = entry('mission-v2');
    expect(mission).toMatch(/<del[^>]*>(?:<span[^>]*>［削除］<\/span>)?高/u);
    expect(mission).toMatch(/<ins[^>]*>(?:<span[^>]*>［追加］<\/span>)?良/u);
    // Posts are on the page too, drafts and future posts are not.
    expect(page).toContain('id="post-components-demo"');
    expect(page).not.toMatch(/secret-draft|future-post/u);
  });

  it('each page names its feed in <link rel="alternate"> and shows the same URL as a link', () => {
    const pages: Array<[string, string]> = [
      ['principles/real-problem/index.html', '/mayor/principles/real-problem/rss.xml'],
      ['tags/お知らせ/index.html', `/mayor/tags/${encodeURIComponent('お知らせ')}/rss.xml`],
      ['mission/index.html', '/mayor/updates/rss.xml'],
      ['handbook/intro/index.html', '/mayor/updates/rss.xml'],
      ['handbook/index.html', '/mayor/updates/rss.xml'],
      ['updates/index.html', '/mayor/updates/rss.xml'],
    ];
    for (const [file, href] of pages) {
      const html = read(file);
      expect(html, file).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${href.replace(/[.+]/gu, '\\$&')}"`, 'u'));
      expect(html, file).toMatch(new RegExp(`<a href="${href.replace(/[.+]/gu, '\\$&')}" type="application/rss\\+xml"`, 'u'));
      expect(existsSync(dist(decodeURIComponent(href.replace('/mayor/', ''))))).toBe(true);
    }
  });
});
