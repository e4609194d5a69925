/**
 * `mission-handbook verify` on a whole site that is not Susono: the made-up
 * town of tests/fixtures/other-town (町長, three 約束, no glossary), with a
 * draft and a future-dated post added, installed from the engine as a site
 * would, built under the sub-path /mayor/. verify must pass on it with a
 * --forbid list of the default organisation's words; and, on a broken copy
 * of its output (a draft linked from the home page, a forbidden word split
 * by <wbr>, a principle's page gone), fail with exit 1 and say what and
 * where in both languages, without a stack trace. Slow: one build and two
 * runs in Chromium.
 */
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, projectWithFixture, run, type Project, type RunResult } from '../support/fixtureBuild.ts';

const TIMEOUT = 900_000;
const ENV = { BASE_PATH: '/mayor/', BUILD_DATE: '2026-06-01', TZ: 'Asia/Tokyo' };
/** Words of the default organisation (Susono) that must not reach another town's site. */
const FORBIDDEN = ['裾野', 'Susono', '市役所', '綱領', '庁内ブログ', '市長'];

let project: Project;
let build: RunResult;

function verify(dir: string, args: string[]): Promise<RunResult> {
  // As a town runs it: the bin of the engine its site installed.
  return run([path.join(dir, 'node_modules/mission-handbook/bin/mission-handbook.mjs'), 'verify', ...args], dir, ENV);
}

beforeAll(async () => {
  project = projectWithFixture('other-town');
  const posts = path.join(project.dir, 'content/posts/2026');
  mkdirSync(posts, { recursive: true });
  writeFileSync(
    path.join(posts, 'naisho.mdx'),
    '---\ntitle: まだ内緒の組織改編\ndate: \'2026-04-01\'\nsummary: 下書きです。\ntags: [内緒のタグ]\ndraft: true\n---\n\n本文です。\n',
  );
  writeFileSync(
    path.join(posts, 'shichigatsu.mdx'),
    '---\ntitle: 七月に話すこと\ndate: \'2026-07-01\'\nsummary: 公開日前の記事です。\ntags: [予定]\n---\n\n本文です。\n',
  );
  writeFileSync(path.join(project.dir, 'forbidden.txt'), `# 既定の組織の言葉\n${FORBIDDEN.join('\n')}\n`);
  build = await buildProject(project.dir, ENV);
}, TIMEOUT);

afterAll(() => project?.dispose());

describe('verify on another town’s site', () => {
  it('passes: every page type, axe, links, drafts absent, search, the town’s words, none of the forbidden ones', async () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    const result = await verify(project.dir, ['--no-build', '--forbid', 'forbidden.txt']);
    expect(result.output).toContain('すべての確認に合格しました / every check passed');
    expect(result.code, result.output).toBe(0);
    // It looked under the sub-path, at the town's two unpublished posts and its own pages.
    expect(result.output).toMatch(/127\.0\.0\.1:\d+\/mayor\//u);
    expect(result.output).toContain('2 件の非公開記事（2026-06-01 時点）');
    expect(result.output).toMatch(/✓ サイト内検索.*all 5 found/u);
    expect(result.output).toMatch(/✓ 使ってはいけない言葉.*6 word\(s\), none found/u);
  }, TIMEOUT);

  it('fails on a broken output, naming what and where', async () => {
    expect(build.code).toBe(0);
    const dist = path.join(project.dir, 'dist');
    appendFileSync(path.join(dist, 'index.html'), '<p><a href="/mayor/posts/naisho/">まだ内緒の組織改編</a></p><p>裾<wbr>野の話</p>');
    appendFileSync(path.join(dist, 'tags/index.html'), '<p>七月に<wbr>話すこと</p>'.replace('<p>', '<p><b>').replace('</p>', '</b></p>'));
    rmSync(path.join(dist, 'principles/listen'), { recursive: true });
    mkdirSync(path.join(dist, 'glossary'));
    writeFileSync(path.join(dist, 'glossary/index.html'), '<!doctype html><title>x</title><h1>x</h1>');
    const result = await verify(project.dir, ['--no-build', '--forbid', 'forbidden.txt']);
    expect(result.code, result.output).toBe(1);
    // The draft: linked from the home page (address and title).
    expect(result.output).toMatch(/index\.html: 下書きの記事 content\/posts\/2026\/naisho\.mdx の(アドレス|題名)が含まれています \/ holds its (address|title) of the draft post content\/posts\/2026\/naisho\.mdx/u);
    // The future post's title, split by a phrase break.
    expect(result.output).toMatch(/tags\/index\.html: 公開日前（2026-06-01 時点）の記事 content\/posts\/2026\/shichigatsu\.mdx の題名/u);
    // The forbidden word, though split by <wbr>.
    expect(result.output).toMatch(/index\.html: 「裾野」があります \/ contains "裾野"/u);
    // The missing principle page, and the links to it.
    expect(result.output).toContain('/mayor/principles/listen/: 応答が 404 です');
    expect(result.output).toMatch(/✗ リンク切れ・外部リソース/u);
    // A glossary page in a site without glossary.yaml.
    expect(result.output).toContain('/mayor/glossary/: 用語集（glossary.yaml）がないのに用語集のページがあります（応答 200）');
    // Reported once, by the pages check: axe and the words check skip the missing page.
    expect(result.output.match(/principles\/listen\/（/gu) ?? []).toEqual([]);
    expect(result.output).toMatch(/checks failed/u);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/mu);
  }, TIMEOUT);

  it('refuses a missing --forbid file with a message, not a stack trace', async () => {
    const result = await verify(project.dir, ['--no-build', '--forbid', 'no-such-list.txt']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('--forbid no-such-list.txt: ファイルがありません');
    expect(result.output).toContain('file not found');
    expect(result.output).not.toMatch(/^\s+at /mu);
  }, 60_000);
});
