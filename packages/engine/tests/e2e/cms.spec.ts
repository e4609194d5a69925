/**
 * The browser editor (/admin/, Decap CMS) as it runs in production: the site
 * built with the local backend (what `npm run editor` builds) and served by
 * the real nginx with exactly the shipped configuration and headers
 * (deploy/nginx/, the /admin/ Content-Security-Policy included; only the git
 * server's address in connect-src is replaced, as an administrator does),
 * decap-server beside it on a throw-away git repository. Browser and machine
 * are in Asia/Tokyo. Nothing may go to any other host, and the page must
 * cause no CSP violation.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { parseHtml } from './support/html.ts';
import { projectWithContent, runInProject, type Project } from '../support/fixtureBuild.ts';
import { ENGINE, FIXTURES, REPO } from '../support/paths.ts';
import { startNginx, type NginxServer } from '../deploy/support.ts';
import { addFigureWithPhoto } from './support/cmsFigure.ts';

// The machine's clock in Japan too: builds, decap-server and this process.
process.env.TZ = 'Asia/Tokyo';
// Beside the deploy test's two ports (NGINX_TEST_PORT, +1).
const SITE_PORT = Number(process.env.NGINX_TEST_PORT ?? 18080) + 2;
const GIT_PORT = SITE_PORT + 1; // derived, so two runs with different NGINX_TEST_PORTs never collide
const ADMIN = `http://127.0.0.1:${SITE_PORT}/admin/`;
// Today in Japan, and half past midnight of it: UTC is still on the day before.
const TODAY_JST = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
const HALF_PAST_MIDNIGHT_JST = new Date(`${TODAY_JST}T00:30:00+09:00`);
const YEAR = TODAY_JST.slice(0, 4);
const ENV = { EDITOR_BACKEND: 'local', TZ: 'Asia/Tokyo' };

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ timezoneId: 'Asia/Tokyo', locale: 'ja-JP' });

let project: Project;
let decap: ChildProcess;
let nginx: NginxServer | undefined;
let nginxDir = '';
const offSite: string[] = [];
const cspViolations: string[] = [];

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd: project.dir,
    encoding: 'utf8',
  });

/** The shipped nginx files, with only what an administrator replaces. */
function shipped(file: string, replacements: Record<string, string>): string {
  let text = readFileSync(path.join(ENGINE, 'deploy/nginx', file), 'utf8');
  for (const [from, to] of Object.entries(replacements)) {
    expect(text, `${file} contains ${from}`).toContain(from);
    text = text.replaceAll(from, to);
  }
  return text;
}

/** Publish the project's dist/ as the release nginx serves (a copy: nginx workers cannot read the temp project). */
function publish() {
  const release = path.join(nginxDir, 'srv/current');
  rmSync(release, { recursive: true, force: true });
  cpSync(path.join(project.dir, 'dist'), release, { recursive: true });
  execFileSync('chmod', ['-R', 'a+rX', nginxDir]);
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  project = projectWithContent(path.resolve('content'), 'cms');
  appendFileSync(path.join(project.dir, 'content/site.yaml'), `\neditor:\n  backend: local\n  localPort: ${GIT_PORT}\n`);
  // The repository holds content/ only; the project copy around it is the tooling.
  // A post whose body the rich-text mode cannot carry unchanged (a table): it must open as source.
  writeFileSync(path.join(project.dir, 'content/posts/2025', `${TABLE_POST}.mdx`), TABLE_POST_TEXT);
  writeFileSync(path.join(project.dir, 'content/posts/2025', `${INLINE_POST}.mdx`), INLINE_POST_TEXT);
  writeFileSync(path.join(project.dir, '.gitignore'), '/*\n!/content/\n!/.gitignore\n');
  git('init', '-q', '-b', 'main');
  git('add', '.gitignore', 'content');
  git('commit', '-q', '-m', 'content');
  const build = await runInProject(['src/cli/astro.mjs', 'build'], project.dir, ENV);
  expect(build.code, build.output).toBe(0);
  decap = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    cwd: project.dir,
    env: { ...process.env, ...ENV, GIT_REPO_DIRECTORY: project.dir, PORT: String(GIT_PORT), BIND_HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  nginxDir = mkdtempSync(path.join(tmpdir(), 'cms-nginx-'));
  chmodSync(nginxDir, 0o755);
  mkdirSync(path.join(nginxDir, 'snippets'));
  mkdirSync(path.join(nginxDir, 'srv'));
  publish();
  writeFileSync(path.join(nginxDir, 'snippets/mission-site-headers.conf'), shipped('mission-site-headers.conf', {}));
  writeFileSync(
    path.join(nginxDir, 'snippets/mission-site-admin-headers.conf'),
    // The header allows https: git servers only; the local git proxy is plain http (no nginx in front of it in real use).
    shipped('mission-site-admin-headers.conf', { "connect-src 'self' blob: https:;": `connect-src 'self' blob: https: http://127.0.0.1:${GIT_PORT};` }),
  );
  writeFileSync(path.join(nginxDir, 'http.conf'), shipped('mission-site-http.conf', {}));
  writeFileSync(
    path.join(nginxDir, 'site.conf'),
    shipped('site.conf', { 'listen 80;': `listen 127.0.0.1:${SITE_PORT};`, '/srv/mission-site': path.join(nginxDir, 'srv') }),
  );
  nginx = await startNginx(nginxDir, '  include http.conf;\n  include site.conf;', ADMIN);
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${GIT_PORT}/api/v1`, { method: 'POST', body: '{"action":"info"}', headers: { 'content-type': 'application/json' } }).catch(() => null))?.status, { timeout: 20_000 })
    .toBe(200);
});

test.afterEach(async ({ page }, info) => {
  if (info.status !== info.expectedStatus) await page.screenshot({ path: info.outputPath('failure.png'), fullPage: true });
});

test.afterAll(async () => {
  decap?.kill();
  await nginx?.stop();
  if (nginxDir) rmSync(nginxDir, { recursive: true, force: true });
  project?.dispose();
});

async function openEditor(page: Page, hash = '') {
  page.on('request', (request) => {
    const url = new URL(request.url());
    // blob: and data: are the page's own memory (a photo before upload), not a host.
    if (url.protocol !== 'blob:' && url.protocol !== 'data:' && url.hostname !== '127.0.0.1') offSite.push(request.url());
  });
  // Every refusal by the Content-Security-Policy, however Decap handles it.
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to|unsafe-eval/iu.test(message.text())) cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (/EvalError|Content Security Policy/iu.test(String(error))) cspViolations.push(String(error));
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(ADMIN);
  await screen(page, '1-login');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByText('庁内ブログの記事').first()).toBeVisible();
  await expect(page.getByText('経営会議で部署の壁を越える', { exact: false }).first()).toBeVisible();
  await screen(page, '2-list');
  if (hash) await page.goto(`${ADMIN}${hash}`);
}

function splitPost(text: string): { data: Record<string, unknown>; body: string } {
  const [, yaml = '', ...rest] = text.split(/^---$/mu);
  return { data: parse(yaml) as Record<string, unknown>, body: rest.join('---').trim() };
}

/**
 * `npm run docs:screens` sets CMS_SCREENS: the steps below then also save the
 * screenshots CONTRIBUTING.md shows (docs/screens/cms/), from the real editor.
 */
/** Switch the open entry's body to the source (Markdown) mode and type `lines` there, one per line; returns the mode's switch. */
async function typeInSourceMode(page: Page, lines: readonly string[]) {
  const markdownSwitch = page.getByRole('switch', { name: 'マークダウンで編集する' });
  await markdownSwitch.click();
  await page.getByRole('textbox', { name: '本文' }).click();
  for (const line of lines) {
    if (line) await page.keyboard.insertText(line);
    await page.keyboard.press('Enter');
  }
  return markdownSwitch;
}

/**
 * Publish the entry open in the editor, wait for decap-server's write to
 * reach the project, and compare the file with `beforeText` line by line:
 * its text now, how many lines it had, and the lines that differ.
 */
async function publishEditAndCompare(page: Page, file: string, beforeText: string) {
  await page.getByRole('button', { name: '公開' }).first().click();
  await page.getByText('公開する', { exact: true }).click();
  await expect.poll(() => git('status', '--porcelain').trim(), { timeout: 15_000 }).not.toBe('');
  const afterText = readFileSync(file, 'utf8');
  const beforeLines = beforeText.split('\n');
  return { afterText, lineCount: beforeLines.length, changed: afterText.split('\n').filter((line, index) => line !== beforeLines[index]) };
}

async function screen(page: Page, name: string) {
  if (!process.env.CMS_SCREENS) return;
  await page.screenshot({ path: path.join(REPO, 'docs/screens/cms', `${name}.png`) });
}

/** What a 広報 member writes around the blocks. */
const BODY_TEXT = ['一段落目の文章です。', '二段落目の文章です。', '## 会議の進め方', '- 資料を先に配る\n- 結論から話す', '<PrincipleLink id="cost" />'].join('\n\n');

/** A real picture (the fixtures' photo), uploaded under a Japanese name. */
const PHOTO = readFileSync(path.join(FIXTURES, 'content-valid/posts/2025/photo.png'));

/** A post with a table: Decap's rich text re-aligns tables, so the editor keeps its source. */
const TABLE_POST = 'hyou-no-aru-kiji';
const TABLE_POST_TEXT = `---
title: 表のある記事
date: 2025-05-01
summary: 窓口の件数を表にしました。
---

窓口の件数をまとめました。

| 窓口 | 件数 |
|---|--:|
| 市民課 | 120 |
| 税務課 | 80 |

一文目です。
`;

/** Term and PrincipleLink inside sentences, as the site's texts write them. */
const INLINE_POST = 'bun-no-naka-no-yougo';
const INLINE_POST_TEXT = `---
title: 文の中の用語と綱領
date: 2025-05-02
summary: 文の中に用語と綱領へのリンクがある記事です。
---

<Term id="happyobun">発表文</Term>の筆者は、<PrincipleLink id="cost" />を大切にしています。

<PrincipleLink id="cost">この綱領</PrincipleLink>に沿って、予算を見直します。

最後の段落です。
`;

const postsDir = () => path.join(project.dir, 'content/posts', String(YEAR));

test("Decap's own check accepts the configuration the build generated", async ({ browser }) => {
  // Under the policy the check cannot compile (src/client/decapUnderCsp.ts answers it);
  // with the policy bypassed here Decap runs it for real on the same page.
  const context = await browser.newContext({ bypassCSP: true, timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(ADMIN);
  await expect(page.getByRole('button', { name: 'ログイン' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/config|設定/u)).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('the page loads under the shipped /admin/ policy, which forbids eval', async ({ page }) => {
  const response = await page.goto(ADMIN);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/'unsafe-eval'/u);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/u);
  await expect(page.getByRole('button', { name: 'ログイン' })).toBeVisible({ timeout: 30_000 });
});

test('a post written at 00:30 in Japan is dated that day, filed as <year>/<date>-<name>.mdx, and passes the checks', async ({ page }) => {
  await page.clock.install({ time: HALF_PAST_MIDNIGHT_JST });
  await openEditor(page, '#/collections/posts/new');
  // The default 公開日 is Japan's day, not UTC's (which is still yesterday).
  await expect(page.getByLabel('公開日')).toHaveValue(TODAY_JST);
  await page.getByLabel('タイトル').fill('広報から初めての記事');
  await page.getByLabel('概要').fill('ブラウザーの編集画面から書いた記事です。');
  await page.getByRole('button', { name: 'タグを追加' }).click();
  await page.getByLabel('タグ', { exact: true }).last().fill('広報');
  const principles = page.getByLabel('関係する綱領');
  await principles.click();
  await page.getByText('本質的な課題の特定', { exact: true }).click();
  await principles.click();
  await page.getByText('コスト意識の徹底', { exact: true }).click();
  await screen(page, '3-form');

  // Two paragraphs, a heading, a list and a PrincipleLink, typed in the body's Markdown mode, then back to rich text.
  const markdownSwitch = await typeInSourceMode(page, BODY_TEXT.split('\n'));
  await markdownSwitch.click();
  await expect(page.getByRole('textbox', { name: '本文' }).getByRole('heading', { name: '会議の進め方' })).toBeVisible();

  // A Callout block from the body's "+" menu.
  await page.getByRole('button', { name: 'コンポーネント追加' }).click();
  await page.getByText('ポイント・注意の囲み', { exact: true }).click();
  await page.getByLabel('見出し').fill('大切なこと');
  await page.getByLabel('内容').last().fill('小さく始めます。');
  await page.getByLabel('内容').last().scrollIntoViewIfNeeded();
  await screen(page, '4-callout');

  // A photo named in Japanese with a space, through the Figure block: accepted, and given a safe name of its own.
  await addFigureWithPhoto(page, PHOTO);

  // The preview is the page: the site's markup and styles for the block, the byline and the principles.
  const preview = page.locator('iframe').first().contentFrame();
  const callout = preview.locator('.callout.callout--point');
  await expect(callout).toContainText('大切なこと');
  expect(await callout.evaluate((element) => getComputedStyle(element).borderLeftStyle)).toBe('solid');
  await expect(preview.locator('.post-meta')).toContainText('公開日');
  await expect(preview.locator('.post-meta')).toContainText('年');
  await expect(preview.locator('.principle-badges')).toContainText('本質的な課題の特定');
  await expect(preview.locator('.post__footer')).toContainText('#広報');
  await expect(preview.locator('.prose h2')).toHaveText('会議の進め方');
  await expect(preview.locator('.prose li')).toHaveText(['資料を先に配る', '結論から話す']);
  // Never shown as code (its rendering in the preview is left to the rich-text mode's block, see docs/cms.md).
  await expect(preview.locator('.prose')).not.toContainText('<PrincipleLink');
  await expect(preview.locator('.figure img')).toHaveAttribute('alt', '会議室で話し合う職員');

  await page.getByRole('button', { name: '公開' }).first().click();
  await screen(page, '5-publish-menu');
  await page.getByText('公開する', { exact: true }).click();
  await expect(page.getByText('保存済', { exact: true })).toBeVisible({ timeout: 15_000 });
  await screen(page, '6-saved');

  // No ASCII in the title: the name is the time of writing in Japan, never -post; filed under the post date's year.
  // 保存済 can show a moment before decap-server's write lands on a busy machine: wait for the file.
  await expect
    .poll(() => git('status', '--porcelain', '-uall').trim().split('\n').filter((line) => line.endsWith('.mdx')), { timeout: 15_000 })
    .toEqual([`?? content/posts/${YEAR}/${TODAY_JST}-0030.mdx`]);
  const created = readdirSync(postsDir()).filter((name) => name.startsWith(TODAY_JST));
  const file = path.join(postsDir(), created[0]!);
  const text = readFileSync(file, 'utf8');
  const frontmatter = parse(text.split(/^---$/mu)[1] ?? '') as Record<string, unknown>;
  expect(frontmatter).toMatchObject({
    title: '広報から初めての記事',
    summary: 'ブラウザーの編集画面から書いた記事です。',
    tags: ['広報'],
    principles: ['real-problem', 'cost'],
    author: 'mayor',
    date: TODAY_JST,
  });
  // Only what the post says: no form helpers, no switches left off.
  expect(Object.keys(frontmatter)).not.toContain('fileName');
  expect(Object.keys(frontmatter)).not.toContain('draft');
  expect(text).toContain('<Callout type="point" title="大切なこと">');
  expect(text).toContain('小さく始めます。');
  // The photo: saved beside the post under a safe name starting with the date (the post had no name yet), never overwriting.
  const photos = readdirSync(postsDir()).filter((name) => name.endsWith('.png'));
  expect(photos).toHaveLength(1);
  expect(photos[0]).toMatch(new RegExp(`^${TODAY_JST}-1-\\d{9}\\.png$`, 'u'));
  expect(text).toContain(`![会議室で話し合う職員](${photos[0]})`);
  expect(text).toContain('<Figure caption="第1回の会議">');

  const check = await runInProject(['src/cli/checkContent.ts'], project.dir);
  expect(check.code, check.output).toBe(0);
  const build = await runInProject(['src/cli/astro.mjs', 'build'], project.dir);
  expect(build.code, build.output).toBe(0);
  const slug = created[0]!.replace(/\.mdx$/u, '');
  const html = readFileSync(path.join(project.dir, 'dist/posts', slug, 'index.html'), 'utf8');
  expect(html).toContain('広報から初めての記事');
  expect(html).toMatch(/class="callout callout--point"/u);
  // The page shows what the preview showed.
  for (const part of ['一段落目の文章です。\n\n二段落目の文章です。', '## 会議の進め方', '資料を先に配る', '結論から話す', '<PrincipleLink id="cost" />']) {
    expect(text).toContain(part);
  }
  const page_ = parseHtml(html);
  const textOf = (selector: string) => page_.all(selector).map((element) => element.text.replace(/\s+/gu, ''));
  expect(textOf('.prose h2')).toContain('会議の進め方');
  expect(textOf('.prose li')).toEqual(expect.arrayContaining(['資料を先に配る', '結論から話す']));
  expect(textOf('.principle-link').join('')).toContain('コスト意識の徹底');
  expect(page_.one('figure.figure img')?.attr('alt')).toBe('会議室で話し合う職員');
  expect(textOf('figure.figure figcaption')).toEqual(['第1回の会議']);
  // Reader pages stay as light as before: nothing of the CMS outside /admin/.
  expect(html).not.toMatch(/decap|\/admin\/decap|cms-config/u);
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('editing an existing post changes only that file', async ({ page }) => {
  git('add', '-A');
  git('commit', '-q', '-m', 'after create', '--allow-empty');
  const file = path.join(project.dir, 'content/posts/2025/gyomu-tanaoroshi.mdx');
  const beforeText = readFileSync(file, 'utf8');
  const before = splitPost(beforeText);
  await openEditor(page, '#/collections/posts/entries/2025/gyomu-tanaoroshi');
  const summary = page.getByLabel('概要');
  await expect(summary).not.toHaveValue('');
  await summary.fill('業務の棚卸しについて、編集画面から直した概要です。');
  const { afterText, lineCount, changed } = await publishEditAndCompare(page, file, beforeText);
  expect(git('status', '--porcelain').trim()).toBe('M content/posts/2025/gyomu-tanaoroshi.mdx');
  // Only the summary's line changes: frontmatter order, quoting, comments and the body stay as written.
  expect(changed).toEqual(['summary: 業務の棚卸しについて、編集画面から直した概要です。']);
  expect(afterText.split('\n')).toHaveLength(lineCount);
  expect(splitPost(afterText).data).toMatchObject({ ...before.data, summary: '業務の棚卸しについて、編集画面から直した概要です。' });
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('what was typed and not saved comes back when the post is opened again: asked once, put back after the post has loaded', async ({ page }) => {
  const relative = 'content/posts/2025/digital-meyasubako.mdx';
  await openEditor(page, '#/collections/posts/entries/2025/digital-meyasubako');
  const title = page.getByLabel('タイトル');
  const summary = page.getByLabel('概要');
  await expect(title).toHaveValue('市民の声を直接聞くデジタル目安箱');
  const typed = { title: '再読み込みの前に直した目安箱の題名', summary: '再読み込みの前に書いた、まだ保存していない概要です。' };
  await title.fill(typed.title);
  await summary.fill(typed.summary);
  // Decap writes its copy in the browser 2 s after the last change; then the page is reloaded (or the tab closed).
  await page.waitForTimeout(2_500);
  // The questions Decap asks (not the browser's "leave this page?" on the reload), each answered OK.
  const questions: string[] = [];
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'confirm') questions.push(dialog.message());
    void dialog.accept();
  });
  // The post as the editor loads it from the files, after the question has been answered.
  const loaded = page.waitForResponse((response) => response.url().startsWith(`http://127.0.0.1:${GIT_PORT}/`) && (response.request().postData() ?? '').includes('"getEntry"'));
  await page.reload();
  await loaded;
  await expect(summary).toHaveValue(typed.summary);
  // Still there a moment later: the loaded post did not replace it (Decap alone let it: decap-cms#5055).
  await page.waitForTimeout(1_000);
  await expect(summary).toHaveValue(typed.summary);
  await expect(title).toHaveValue(typed.title);
  expect(questions).toEqual([expect.stringMatching(/^この記事には、保存していない入力内容がこのブラウザーに残っています/u)]);
  await page.getByRole('button', { name: '公開' }).first().click();
  await page.getByText('公開する', { exact: true }).click();
  await expect.poll(() => readFileSync(path.join(project.dir, relative), 'utf8'), { timeout: 15_000 }).toContain(`summary: ${typed.summary}`);
  expect(readFileSync(path.join(project.dir, relative), 'utf8')).toContain(`title: ${typed.title}`);
  git('checkout', '--', relative);
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('a post the rich-text mode would rewrite opens as source: a title and a one-sentence edit change only their lines', async ({ page }) => {
  git('add', '-A');
  git('commit', '-q', '-m', 'before source mode', '--allow-empty');
  const file = path.join(project.dir, 'content/posts/2025', `${TABLE_POST}.mdx`);
  await openEditor(page, `#/collections/posts/entries/2025/${TABLE_POST}`);
  await expect(page.getByLabel('タイトル')).toHaveValue('表のある記事', { timeout: 20_000 });
  // Why the body shows as source, and what still works, in words a 広報 member knows.
  const note = page.getByRole('note').filter({ hasText: '原文のまま開いています' });
  await expect(note).toBeVisible();
  await expect(note).toContainText(/原文の[34]行目から/u);
  await expect(note).toContainText('タイトル・公開日・タグなどの項目は、いつもどおり編集できます');
  // No way into rich text for this post.
  await expect(page.getByRole('switch', { name: 'マークダウンで編集する' })).toHaveCount(0);
  await note.scrollIntoViewIfNeeded();
  await screen(page, '8-source-mode');
  await page.getByLabel('タイトル').fill('窓口の件数の表');
  // One sentence edited in the source.
  const body = page.getByRole('textbox', { name: '本文' });
  // A click at the sentence's right edge puts the caret after it. (Click + End raced under load: Slate can
  // take the click's selection after the End key has moved the browser's, and the text landed mid-sentence.)
  const sentence = body.getByText('一文目です。', { exact: true });
  const box = await sentence.boundingBox();
  await sentence.click({ position: { x: (box?.width ?? 2) - 1, y: (box?.height ?? 2) / 2 } });
  await page.keyboard.insertText('表は月ごとに直します。');
  // The preview still shows the table as the page does.
  await expect(page.locator('iframe').first().contentFrame().locator('.prose table td').first()).toHaveText('市民課');
  const { afterText, lineCount, changed } = await publishEditAndCompare(page, file, TABLE_POST_TEXT);
  expect(afterText.split('\n')).toHaveLength(lineCount);
  expect(changed).toEqual(['title: 窓口の件数の表', '一文目です。表は月ごとに直します。']);
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test("the preview shows the site's blocks as the page does: a PostEmbed is the embedded post's card", async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await openEditor(page, '#/collections/posts/new');
  const markdownSwitch = await typeInSourceMode(page, ['<PostEmbed slug="gyomu-tanaoroshi" />', '', '<PrincipleLink id="cost" />', '', '<Term id="happyobun">発表文</Term>', '', '<PostEmbed slug="no-such-post" />']);
  await markdownSwitch.click();
  const preview = page.locator('iframe').first().contentFrame();
  // The card of src/components/mdx/PostEmbed.astro: title, date in Japanese, author, summary, with the site's styles.
  const card = preview.locator('.post-embed').first();
  await expect(card.locator('.post-embed__title')).toHaveText('業務の棚卸しという案');
  await expect(card.locator('.post-embed__meta time')).toContainText('2025年7月24日');
  await expect(card.locator('.post-embed__summary')).toContainText('業務の棚卸しと超過勤務の縮減');
  expect(await card.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('solid');
  // A file name no published post has: said in Japanese, never shown as code.
  await expect(preview.locator('.post-embed').last()).toContainText('「no-such-post」という公開済みの記事が見つかりません');
  await expect(preview.locator('.prose')).not.toContainText('<PostEmbed');
  // The other blocks too: the principle's number and title, the glossary word with its dotted underline.
  await expect(preview.locator('.principle-link')).toContainText('「コスト意識の徹底」');
  await expect(preview.locator('.term__link')).toHaveText('発表文');
  expect(await preview.locator('.term__link').evaluate((element) => getComputedStyle(element).textDecorationStyle)).toBe('dotted');
  await screen(page, '9-preview-blocks');
});

test('a Term and a PrincipleLink inside a sentence: a chip in rich text, the page itself in the preview, and the file unchanged but for the sentence edited', async ({ page }) => {
  git('add', '-A');
  git('commit', '-q', '-m', 'before inline references', '--allow-empty');
  const file = path.join(project.dir, 'content/posts/2025', `${INLINE_POST}.mdx`);
  await openEditor(page, `#/collections/posts/entries/2025/${INLINE_POST}`);
  await expect(page.getByLabel('タイトル')).toHaveValue('文の中の用語と綱領', { timeout: 20_000 });
  // Rich text, not the source mode: each reference is one chip saying what it is, never its code.
  await expect(page.getByRole('note').filter({ hasText: '原文のまま開いています' })).toHaveCount(0);
  const body = page.getByRole('textbox', { name: '本文' });
  await expect(body.locator('.cms-inline-reference')).toHaveText(['用語：発表文', '綱領：綱領5「コスト意識の徹底」', '綱領：この綱領']);
  await expect(body).not.toContainText('<Term');
  await expect(body).not.toContainText('<PrincipleLink');

  // The preview is the page: the principle's number and title linked to its page, the word linked to the glossary with its tip.
  const preview = page.locator('iframe').first().contentFrame();
  const links = preview.locator('.prose .principle-link');
  await expect(links).toHaveText(['綱領5「コスト意識の徹底」', 'この綱領']);
  expect(await links.first().getAttribute('href')).toBe('/principles/cost/');
  const term = preview.locator('.prose .term');
  await expect(term.locator('.term__link')).toHaveText('発表文');
  expect(await term.locator('.term__link').getAttribute('href')).toMatch(/^\/glossary\/#/u);
  await expect(term.locator('.term__tip')).toContainText('発表文（はっぴょうぶん）');
  // The tip describes the link for screen readers, as on the page (what DOMPurify keeps of the markup).
  const tipId = await term.locator('.term__tip').getAttribute('id');
  expect(tipId).toMatch(/^cms-term-tip-\d+$/u);
  await expect(term.locator('.term__link')).toHaveAttribute('aria-describedby', tipId!);
  await expect(term.locator('.term__tip')).toHaveAttribute('role', 'tooltip');
  expect(await term.locator('.term__link').evaluate((element) => getComputedStyle(element).textDecorationStyle)).toBe('dotted');
  await expect(preview.locator('.prose p').first()).toContainText('の筆者は、綱領5「コスト意識の徹底」を大切にしています。');
  await expect(preview.locator('.prose')).not.toContainText('<');
  // Following a link opens the page apart: the preview stays the preview.
  const [opened] = await Promise.all([page.waitForEvent('popup'), links.first().click()]);
  await expect(opened).toHaveURL(/\/principles\/cost\/$/u);
  await opened.close();
  await expect(links.first()).toBeVisible();

  // One sentence typed in rich text; the chips are written back exactly as they were read.
  // At the sentence's right edge (click + End races with Slate's selection under load).
  const last = body.getByText('最後の段落です。', { exact: true });
  const box = await last.boundingBox();
  await last.click({ position: { x: (box?.width ?? 2) - 1, y: (box?.height ?? 2) / 2 } });
  await page.keyboard.insertText('追記します。');
  const { afterText, lineCount, changed } = await publishEditAndCompare(page, file, INLINE_POST_TEXT);
  expect(afterText.split('\n')).toHaveLength(lineCount);
  expect(changed).toEqual(['最後の段落です。追記します。']);
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('an unknown id inside a sentence is marked in rich text and shows in the preview what the build says', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await openEditor(page, '#/collections/posts/new');
  const markdownSwitch = page.getByRole('switch', { name: 'マークダウンで編集する' });
  await markdownSwitch.click();
  await page.getByRole('textbox', { name: '本文' }).click();
  await page.keyboard.insertText('文の中の<PrincipleLink id="no-such" />と<Term id="happyobun">発表文</Term>です。');
  await markdownSwitch.click();
  const chips = page.getByRole('textbox', { name: '本文' }).locator('.cms-inline-reference');
  await expect(chips).toHaveText(['綱領：no-such（見つかりません）', '用語：発表文']);
  const preview = page.locator('iframe').first().contentFrame();
  await expect(preview.locator('.prose .badge--warning')).toContainText('原則（principles/）「no-such」はありません');
  await expect(preview.locator('.prose .term__link')).toHaveText('発表文');
  // Both kinds of chip (known, unknown) pass axe, in each colour scheme.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousFindings(page), scheme).toEqual([]);
  }
});

test('a required field left empty shows a Japanese message and saves nothing', async ({ page }) => {
  git('add', '-A');
  git('commit', '-q', '-m', 'after edit', '--allow-empty');
  const before = existsSync(postsDir()) ? readdirSync(postsDir()).length : 0;
  await openEditor(page, '#/collections/posts/new');
  await page.getByLabel('概要').fill('タイトルのない記事です。');
  await page.getByRole('button', { name: '公開' }).first().click();
  await page.getByText('公開する', { exact: true }).click();
  await expect(page.getByText('タイトルは必須です。')).toBeVisible();
  await screen(page, '7-required');
  await expect(page.getByText('すべての必須項目を入力してください。')).toBeVisible();
  expect(existsSync(postsDir()) ? readdirSync(postsDir()).length : 0).toBe(before);
  expect(git('status', '--porcelain').trim()).toBe('');
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('what the build would refuse is not saved: the same Japanese message, before any file is written', async ({ page }) => {
  git('add', '-A');
  git('commit', '-q', '-m', 'before refusal', '--allow-empty');
  await openEditor(page, '#/collections/posts/new');
  // One full-width space passes "required" but not the site's rule (src/rules/schemas.ts).
  await page.getByLabel('タイトル').fill('\u3000');
  await page.getByLabel('概要').fill('全角スペースだけのタイトルの記事です。');
  await page.getByRole('button', { name: 'コンポーネント追加' }).click();
  await page.getByText('ポイント・注意の囲み', { exact: true }).click();
  await page.getByLabel('内容').last().fill('本文です。');
  await page.getByRole('button', { name: '公開' }).first().click();
  await page.getByText('公開する', { exact: true }).click();
  await expect(page.getByText('この内容ではサイトに載せられないため、保存しませんでした。', { exact: false })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('タイトル：空にはできません。内容を書いてください', { exact: false })).toBeVisible();
  expect(git('status', '--porcelain', '-uall').trim()).toBe('');
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});


test('text that merely looks like code, typed in the rich-text body, is saved so the build accepts it and shows it as typed', async ({ page }) => {
  git('add', '-A');
  git('commit', '-q', '-m', 'before code-like text', '--allow-empty');
  await openEditor(page, '#/collections/posts/new');
  await page.getByLabel('タイトル').fill('記号を書いた記事');
  await page.getByLabel('ファイル名（URL）').fill('kigou');
  await page.getByLabel('概要').fill('コードに見える記号を書いた記事です。');
  const typed = 'a<b と <br> と {process.env.HOME} と <script>x</script>';
  await page.getByRole('textbox', { name: '本文' }).pressSequentially(typed);
  await page.getByRole('button', { name: '公開' }).first().click();
  await page.getByText('公開する', { exact: true }).click();
  await expect(page.getByText('保存済', { exact: true })).toBeVisible({ timeout: 15_000 });
  const file = path.join(postsDir(), `${TODAY_JST}-kigou.mdx`);
  await expect.poll(() => existsSync(file), { timeout: 15_000, message: git('status', '--porcelain', '-uall') }).toBe(true);
  const check = await runInProject(['src/cli/checkContent.ts'], project.dir);
  expect(check.code, `${readFileSync(file, 'utf8')}\n${check.output}`).toBe(0);
  const build = await runInProject(['src/cli/astro.mjs', 'build'], project.dir, ENV);
  expect(build.code, build.output).toBe(0);
  const html = readFileSync(path.join(project.dir, 'dist/posts', `${TODAY_JST}-kigou`, 'index.html'), 'utf8');
  // Shown as typed (escaped by the HTML, never run).
  expect(parseHtml(html).one('.prose')?.text.replace(/\s+/gu, ' ')).toContain(typed);
  expect(html).not.toContain('<script>x</script>');
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('the body rules run before a save: each mistake refused with the build’s message, placed in the body; a valid body saves', async ({ page }) => {
  git('add', '-A');
  git('commit', '-q', '-m', 'before body rules', '--allow-empty');
  // Leaving a refused new entry asks whether to drop it.
  page.on('dialog', (dialog) => void dialog.accept());
  await openEditor(page);
  /** A new post whose body is typed, line by line, in the source (Markdown) mode. */
  const typeBody = async (lines: string[], name = 'honbun') => {
    await page.goto('about:blank');
    await page.goto(`${ADMIN}#/collections/posts/new`);
    await page.getByLabel('タイトル').fill('本文の検査');
    await page.getByLabel('ファイル名（URL）').fill(name);
    await page.getByLabel('概要').fill('本文の検査を確かめる記事です。');
    // Decap remembers the mode of the last entry.
    const markdown = page.getByRole('switch', { name: 'マークダウンで編集する' });
    if (!(await markdown.isChecked())) await markdown.click();
    await expect(markdown).toBeChecked();
    await page.getByRole('textbox', { name: '本文' }).click();
    for (const line of lines) {
      if (line) await page.keyboard.insertText(line);
      await page.keyboard.press('Enter');
    }
  };
  const publish = async () => {
    await page.getByRole('button', { name: '公開' }).first().click();
    await page.getByText('公開する', { exact: true }).click();
  };
  // Typed in the source mode: what check:content and the build refuse, in their words, at the block or line.
  const mistakes: Array<[string[], string]> = [
    [['<Callout type="注意">', '', '閉じ忘れた囲みです。'], '本文の1行目：<Callout> が閉じられていません'],
    [['一段落目です。', '', '<Calout type="注意" />'], '本文の3行目：部品「Calout」はありません'],
    [['<Callout type="注意" title={process.env.HOME} />'], '本文の1行目：属性に { } は使えません'],
    [['一段落目です。', '', '二段落目に <PrincipleLink id="nai" /> と書きました。'], '本文の2段落目（3行目）：原則（principles/）「nai」はありません'],
  ];
  for (const [lines, message] of mistakes) {
    await typeBody(lines);
    await publish();
    await expect(page.getByText(message, { exact: false }).last(), lines.join('\n')).toBeVisible({ timeout: 15_000 });
    expect(git('status', '--porcelain', '-uall').trim()).toBe('');
  }
  // A post already in the repository with a mistake (as `npm run editor` opens it to be fixed): the lines kept
  // from the file are checked as written, so fixing only another field is refused, naming the body's line.
  const broken = path.join(project.dir, 'content/posts/2025/kaki-no-kiji.mdx');
  writeFileSync(broken, '---\ntitle: 誤りのある記事\ndate: 2025-06-01\nsummary: 直す前の概要です。\n---\n\n一段落目です。\n\n二段落目の {process.env.HOME} です。\n');
  git('add', broken);
  git('commit', '-q', '-m', 'a post with a mistake');
  await page.goto('about:blank');
  await page.goto(`${ADMIN}#/collections/posts/entries/2025/kaki-no-kiji`);
  await expect(page.getByLabel('タイトル')).toHaveValue('誤りのある記事', { timeout: 20_000 });
  await page.getByLabel('概要').fill('概要だけ直しました。');
  await publish();
  await expect(page.getByText('本文の2段落目（3行目）：{ } の中の英数字はプログラムとして実行されるため書けません', { exact: false }).last()).toBeVisible({ timeout: 15_000 });
  expect(git('status', '--porcelain', '-uall').trim()).toBe('');
  git('rm', '-q', broken);
  git('commit', '-q', '-m', 'without the post with a mistake');
  // A valid body with a Callout and a PrincipleLink saves, and the checks accept the file.
  await typeBody(['<Callout type="注意" title="大切なこと">', '', '小さく始めます。', '', '</Callout>', '', '<PrincipleLink id="cost" />']);
  await publish();
  await expect(page.getByText('保存済', { exact: true })).toBeVisible({ timeout: 15_000 });
  const file = path.join(postsDir(), `${TODAY_JST}-honbun.mdx`);
  await expect.poll(() => existsSync(file), { timeout: 15_000, message: git('status', '--porcelain', '-uall') }).toBe(true);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('<Callout type="注意" title="大切なこと">');
  expect(text).toContain('<PrincipleLink id="cost" />');
  const check = await runInProject(['src/cli/checkContent.ts'], project.dir);
  expect(check.code, `${text}\n${check.output}`).toBe(0);
  // A photo the editor does not know may have come after it was built: saved, with a warning naming the place.
  await typeBody(['一段落目です。', '', '![会議の写真](mada-nai.jpg)'], 'shashin');
  await publish();
  const warning = page.getByRole('status').filter({ hasText: '公開前の検査で止まることがあります' });
  await expect(warning).toContainText('本文の2段落目（3行目）：画像ファイル「mada-nai.jpg」が見つかりません', { timeout: 15_000 });
  const unknownPhoto = path.join(postsDir(), `${TODAY_JST}-shashin.mdx`);
  await expect.poll(() => existsSync(unknownPhoto), { timeout: 15_000 }).toBe(true);
  await warning.getByRole('button', { name: '閉じる' }).click();
  await expect(warning).toHaveCount(0);
  rmSync(unknownPhoto);
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

/** Critical and serious axe findings (WCAG 2.1 AA) on the page as it is now. */
async function seriousFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no critical or serious finding on the list, a new and an existing entry and the media library (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    // Leaving the new entry asks whether to drop it.
    page.on('dialog', (dialog) => void dialog.accept());
    await openEditor(page);
    const findings: Record<string, string[]> = {};
    findings.list = await seriousFindings(page);
    await page.goto(`${ADMIN}#/collections/posts/new`);
    await expect(page.getByLabel('タイトル')).toBeVisible();
    findings.newEntry = await seriousFindings(page);
    // A fresh load (still logged in): the new entry's form state must not carry over.
    await page.goto('about:blank');
    await page.goto(`${ADMIN}#/collections/posts/entries/2025/gyomu-tanaoroshi`);
    await expect(page.getByLabel('概要')).not.toHaveValue('', { timeout: 20_000 });
    findings.existingEntry = await seriousFindings(page);
    // The media library, from the list's header (the entry editor has no header).
    await page.goto('about:blank');
    await page.goto(`${ADMIN}#/collections/posts`);
    await page.getByRole('button', { name: /メディア/u }).first().click();
    await expect(page.getByRole('button', { name: 'アップロードする' })).toBeVisible({ timeout: 20_000 });
    findings.mediaLibrary = await seriousFindings(page);
    expect(findings).toEqual({ list: [], newEntry: [], existingEntry: [], mediaLibrary: [] });
  });
}

test('the /admin/ page, open to every reader, names no draft or future post, nor its photos', () => {
  // The pre-save check knows the other files by digest only (src/site/nameDigest.ts).
  const html = readFileSync(path.join(project.dir, 'dist/admin/index.html'), 'utf8');
  expect(html).toContain('"unpublishedPosts":[{"digest":"');
  const postsDir = path.join(project.dir, 'content/posts');
  const hidden = readdirSync(postsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .filter((file) => {
      const front = parse(readFileSync(path.join(postsDir, file), 'utf8').split(/^---$/mu)[1] ?? '') as { draft?: boolean; date?: string };
      return front.draft === true || String(front.date) > TODAY_JST;
    });
  expect(hidden.length, 'the fixture has a draft').toBeGreaterThan(0);
  for (const file of hidden) {
    const slug = path.basename(file, '.mdx');
    expect(html, file).not.toContain(slug);
    for (const beside of readdirSync(path.dirname(path.join(postsDir, file)))) {
      if (beside.startsWith(slug) && !beside.endsWith('.mdx')) expect(html, beside).not.toContain(beside);
    }
  }
  // Nor any photo name at all: the media list is digests too.
  expect(html).not.toMatch(/content\/posts\/[^"]+\.(?:jpe?g|png|webp)/u);
});
