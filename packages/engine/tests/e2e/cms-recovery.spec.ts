/**
 * `npm run editor` opens even when content/ has errors, lists them, and the
 * broken post can be fixed in the browser: a post without its summary
 * (uncommitted, as a 広報 member's last save left it) stops the build, yet the
 * editor opens, the post is in its list, and after the fix check:content passes.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { cleanEnv, projectWithContent, runInProject, type Project } from '../support/fixtureBuild.ts';
import { ENGINE } from '../support/paths.ts';

const SITE_PORT = Number(process.env.E2E_PORT ?? 4329) + 2;
const GIT_PORT = SITE_PORT + 1; // derived, so two runs with different E2E_PORTs never collide
const ADMIN = `http://127.0.0.1:${SITE_PORT}/admin/`;
const BROKEN = 'content/posts/2025/kowareta-kiji.mdx';

test.describe.configure({ mode: 'serial', timeout: 300_000 });
test.use({ timezoneId: 'Asia/Tokyo', locale: 'ja-JP' });

let project: Project;
let editor: ChildProcess | undefined;
let output = '';

test.beforeAll(() => {
  project = projectWithContent(path.resolve('content'), 'cms-recovery');
  appendFileSync(path.join(project.dir, 'content/site.yaml'), `\neditor:\n  backend: local\n  localPort: ${GIT_PORT}\n`);
  writeFileSync(path.join(project.dir, '.gitignore'), '/*\n!/content/\n!/.gitignore\n');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], { cwd: project.dir });
  git('init', '-q', '-b', 'main');
  git('add', '.gitignore', 'content');
  git('commit', '-q', '-m', 'content');
  // Saved but not valid: the summary is missing, so the build stops.
  writeFileSync(path.join(project.dir, BROKEN), '---\ntitle: こわれた記事\ndate: 2025-06-01\n---\n\n本文です。\n');
});

test.afterAll(async () => {
  if (editor && editor.exitCode === null) {
    const exited = new Promise((resolve) => editor!.once('exit', resolve));
    editor.kill('SIGTERM');
    await exited;
  }
  project?.dispose();
});

test('the editor opens on content with errors, lists them, and the post is fixed in the browser', async ({ page }) => {
  editor = spawn(process.execPath, [path.join(ENGINE, 'src/cli/editor.ts')], {
    cwd: project.dir,
    // Without this run's BASE_PATH, SITE_URL…: the editor is served at the root, as ADMIN says.
    env: cleanEnv({ EDITOR_PORT: String(SITE_PORT), TZ: 'Asia/Tokyo', ASTRO_TELEMETRY_DISABLED: '1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  editor.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  editor.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect
    .poll(async () => (await fetch(ADMIN).catch(() => null))?.status, { timeout: 240_000, intervals: [2_000] })
    .toBe(200);
  // The errors are listed, naming the file, in both languages.
  expect(output).toContain('記事などに誤りがあり');
  expect(output).toContain('kowareta-kiji.mdx');
  expect(output).toMatch(/summary/u);

  await page.goto(ADMIN);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.goto(`${ADMIN}#/collections/posts/entries/2025/kowareta-kiji`);
  await expect(page.getByLabel('タイトル')).toHaveValue('こわれた記事');
  await page.getByLabel('概要').fill('編集画面で直した記事です。');
  await page.getByRole('button', { name: '公開' }).first().click();
  await page.getByText('公開する', { exact: true }).click();
  await expect.poll(() => readFileSync(path.join(project.dir, BROKEN), 'utf8'), { timeout: 20_000 }).toContain('summary: 編集画面で直した記事です。');
  const check = await runInProject(['src/cli/checkContent.ts'], project.dir);
  expect(check.code, check.output).toBe(0);
});
