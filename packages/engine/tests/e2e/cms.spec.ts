/**
 * The browser editor (/admin/, Decap CMS) with the local backend, against a
 * throw-away git repository: a copy of the project and its content, built
 * with EDITOR_BACKEND=local, served on 127.0.0.1 with decap-server beside it
 * (what `npm run editor` starts). Nothing may go to any other host.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sirv from 'sirv';
import { parse } from 'yaml';
import { projectWithContent, runInProject, type Project } from '../support/fixtureBuild.ts';

const SITE_PORT = 4391;
const GIT_PORT = 8391;
const ADMIN = `http://127.0.0.1:${SITE_PORT}/admin/`;
const YEAR = new Date().getFullYear();

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let project: Project;
let decap: ChildProcess;
let site: Server;
const offSite: string[] = [];

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd: project.dir,
    encoding: 'utf8',
  });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  project = projectWithContent(path.resolve('content'), 'cms');
  appendFileSync(path.join(project.dir, 'content/site.yaml'), `\neditor:\n  backend: local\n  localPort: ${GIT_PORT}\n`);
  // The repository holds content/ only; the project copy around it is the tooling.
  writeFileSync(path.join(project.dir, '.gitignore'), '/*\n!/content/\n!/.gitignore\n');
  git('init', '-q', '-b', 'main');
  git('add', '.gitignore', 'content');
  git('commit', '-q', '-m', 'content');
  const build = await runInProject(['src/cli/astro.mjs', 'build'], project.dir);
  expect(build.code, build.output).toBe(0);
  decap = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    cwd: project.dir,
    env: { ...process.env, GIT_REPO_DIRECTORY: project.dir, PORT: String(GIT_PORT), BIND_HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const serve = sirv(path.join(project.dir, 'dist'), { dev: true });
  site = createServer((req, res) => serve(req, res));
  await new Promise<void>((resolve) => site.listen(SITE_PORT, '127.0.0.1', resolve));
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${GIT_PORT}/api/v1`, { method: 'POST', body: '{"action":"info"}', headers: { 'content-type': 'application/json' } }).catch(() => null))?.status, { timeout: 20_000 })
    .toBe(200);
});

test.afterEach(async ({ page }, info) => {
  if (info.status !== info.expectedStatus) await page.screenshot({ path: info.outputPath('failure.png'), fullPage: true });
});

test.afterAll(() => {
  decap?.kill();
  site?.close();
  project?.dispose();
});

async function openEditor(page: Page, hash = '') {
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') offSite.push(request.url());
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
async function screen(page: Page, name: string) {
  if (!process.env.CMS_SCREENS) return;
  await page.screenshot({ path: path.resolve('docs/screens/cms', `${name}.png`) });
}

const postsDir = () => path.join(project.dir, 'content/posts', String(YEAR));

test('a post written in the form lands in content/posts/<year>/ and passes the checks', async ({ page }) => {
  await openEditor(page, '#/collections/posts/new');
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

  // A Callout block from the body's "+" menu.
  await page.getByRole('button', { name: 'コンポーネント追加' }).click();
  await page.getByText('ポイント・注意の囲み', { exact: true }).click();
  await page.getByLabel('見出し').fill('大切なこと');
  await page.getByLabel('内容').last().fill('小さく始めます。');
  await page.getByLabel('内容').last().scrollIntoViewIfNeeded();
  await screen(page, '4-callout');

  await page.getByRole('button', { name: '公開' }).first().click();
  await screen(page, '5-publish-menu');
  await page.getByText('公開する', { exact: true }).click();
  await expect(page.getByText('保存済', { exact: true })).toBeVisible({ timeout: 15_000 });
  await screen(page, '6-saved');

  const created = readdirSync(postsDir()).filter((name) => name.endsWith('-post.mdx'));
  expect(created).toHaveLength(1);
  const file = path.join(postsDir(), created[0]!);
  expect(created[0]).toMatch(/^\d{4}-\d{2}-\d{2}-post\.mdx$/u);
  const text = readFileSync(file, 'utf8');
  const frontmatter = parse(text.split(/^---$/mu)[1] ?? '') as Record<string, unknown>;
  expect(frontmatter).toMatchObject({
    title: '広報から初めての記事',
    summary: 'ブラウザーの編集画面から書いた記事です。',
    tags: ['広報'],
    principles: ['real-problem', 'cost'],
    author: 'mayor',
    draft: false,
  });
  expect(String(frontmatter.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  expect(text).toContain('<Callout type="point" title="大切なこと">');
  expect(text).toContain('小さく始めます。');

  const check = await runInProject(['src/cli/checkContent.ts'], project.dir);
  expect(check.code, check.output).toBe(0);
  const build = await runInProject(['src/cli/astro.mjs', 'build'], project.dir);
  expect(build.code, build.output).toBe(0);
  const slug = created[0]!.replace(/\.mdx$/u, '');
  const html = readFileSync(path.join(project.dir, 'dist/posts', slug, 'index.html'), 'utf8');
  expect(html).toContain('広報から初めての記事');
  expect(html).toMatch(/class="callout callout--point"/u);
  // Reader pages stay as light as before: nothing of the CMS outside /admin/.
  expect(html).not.toMatch(/decap|\/admin\/decap|cms-config/u);
  expect(offSite).toEqual([]);
});

test('editing an existing post changes only that file', async ({ page }) => {
  git('add', '-A');
  git('commit', '-q', '-m', 'after create', '--allow-empty');
  const file = path.join(project.dir, 'content/posts/2025/gyomu-tanaoroshi.mdx');
  const before = splitPost(readFileSync(file, 'utf8'));
  await openEditor(page, '#/collections/posts/entries/2025/gyomu-tanaoroshi');
  const summary = page.getByLabel('概要');
  await expect(summary).not.toHaveValue('');
  await summary.fill('業務の棚卸しについて、編集画面から直した概要です。');
  await page.getByRole('button', { name: '公開' }).first().click();
  await page.getByText('公開する', { exact: true }).click();
  await expect.poll(() => git('status', '--porcelain').trim(), { timeout: 15_000 }).not.toBe('');
  expect(git('status', '--porcelain').trim()).toBe('M content/posts/2025/gyomu-tanaoroshi.mdx');
  // Decap rewrites the YAML in its own style; what it says must not change.
  const after = splitPost(readFileSync(file, 'utf8'));
  expect(after.body).toBe(before.body);
  expect(after.data).toMatchObject({ ...before.data, summary: '業務の棚卸しについて、編集画面から直した概要です。' });
  expect(offSite).toEqual([]);
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
});
