/**
 * The editorial workflow against GitLab, end to end, in production's
 * conditions: a fixture site built with `editor:` set to a GitLab (backend
 * gitlab, PKCE login, editorial workflow), served by the real nginx with
 * exactly the shipped configuration and headers (nothing replaced: the /admin/
 * page narrows connect-src to the GitLab of site.yaml itself), browser and
 * machine in Asia/Tokyo at 00:30 JST (UTC still on the day before).
 *
 * The GitLab is a stand-in (tests/support/gitlabStandIn.ts), over HTTPS on
 * 127.0.0.1, that records every request Decap makes. The test asserts the
 * exact sequence of writes (token, branch + commit, merge request with the
 * draft label, the label changes to review and ready, the merge) and the
 * reads Decap needs, so a change in Decap's calls fails here before it fails
 * against a city's GitLab. What the stand-in cannot tell (a real GitLab's
 * answers, permissions, CORS, certificates) is the checklist of docs/cms.md.
 */
import { mkdirSync, writeFileSync, appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { projectWithFixture, runInProject, type Project } from '../support/fixtureBuild.ts';
import { FIXTURES } from '../support/paths.ts';
import { chromiumLaunchOptions } from '../../src/cli/chromium.ts';
import { filesOfFolder, selfSignedCertificate, startGitLabStandIn, type GitLabStandIn, type RecordedRequest } from '../support/gitlabStandIn.ts';
import { freePort, serveWithShippedNginx, type ShippedNginx } from '../support/shippedNginx.ts';
import { addFigureWithPhoto } from './support/cmsFigure.ts';

process.env.TZ = 'Asia/Tokyo';
const TODAY_JST = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
const HALF_PAST_MIDNIGHT_JST = new Date(`${TODAY_JST}T00:30:00+09:00`);
const YEAR = TODAY_JST.slice(0, 4);
/** The sub-path run (npm run test:e2e:subpath) builds and serves the site under /mayor/: the redirect URI follows. */
const BASE = process.env.BASE_PATH ?? '/';
const PROJECT = 'kikaku/mission-site';
const APP_ID = 'a1b2c3d4e5f6-mission-site-editor';
/** What Decap names things by: the published branch, its branch prefix and label prefix. */
const BRANCH = `cms/posts/${YEAR}/${TODAY_JST}-0030`;
const POST = `content/posts/${YEAR}/${TODAY_JST}-0030.mdx`;
const LABEL = { draft: 'decap-cms/draft', review: 'decap-cms/pending_review', ready: 'decap-cms/pending_publish' };

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ timezoneId: 'Asia/Tokyo', locale: 'ja-JP', ignoreHTTPSErrors: true });

let project: Project;
let standIn: GitLabStandIn;
let nginx: ShippedNginx | undefined;
let admin = '';

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const port = await freePort();
  admin = `http://127.0.0.1:${port}${BASE}admin/`;
  project = projectWithFixture('content-valid');
  // The stand-in needs its address before the build (it goes into site.yaml), and the redirect URI registered in it.
  standIn = await startGitLabStandIn({
    project: PROJECT,
    appId: APP_ID,
    redirectUri: admin,
    files: filesOfFolder(path.join(project.dir, 'content'), 'content'),
    branchPrefix: 'cms/',
    tls: selfSignedCertificate(),
  });
  appendFileSync(
    path.join(project.dir, 'content/site.yaml'),
    `\neditor:\n  backend: gitlab\n  repo: ${PROJECT}\n  baseUrl: ${standIn.origin}\n  appId: ${APP_ID}\n  editorialWorkflow: true\n`,
  );
  const build = await runInProject(['src/cli/astro.mjs', 'build'], project.dir, { TZ: 'Asia/Tokyo', BASE_PATH: BASE });
  expect(build.code, build.output).toBe(0);
  nginx = await serveWithShippedNginx(path.join(project.dir, 'dist'), port, `${BASE}admin/`, BASE);
});

test.afterAll(async () => {
  await nginx?.stop();
  await standIn?.close();
  project?.dispose();
});

test.afterEach(async ({ page }, info) => {
  if (info.status !== info.expectedStatus) {
    await page.screenshot({ path: info.outputPath('failure.png'), fullPage: true });
    writeFileSync(info.outputPath('requests.json'), JSON.stringify(standIn.requests, null, 2));
  }
});

/** One line per recorded request: what a reader of a failure wants to see. */
const line = (request: RecordedRequest) => `${request.method} ${request.route}${request.known ? '' : ' (unknown)'} → ${request.status}`;

const PHOTO = readFileSync(path.join(FIXTURES, 'content-valid/posts/2025/photo.png'));

async function watch(page: Page) {
  const offSite: string[] = [];
  const cspViolations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'blob:' && url.protocol !== 'data:' && url.hostname !== '127.0.0.1') offSite.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/iu.test(message.text())) cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (/EvalError|Content Security Policy/iu.test(String(error))) cspViolations.push(String(error));
  });
  // Decap asks before publishing.
  page.on('dialog', (dialog) => void dialog.accept());
  return { offSite, cspViolations };
}

test('a new post goes draft → corrected → review → ready → merged through exactly the GitLab calls Decap is known to make', async ({ page }) => {
  const { offSite, cspViolations } = await watch(page);
  await page.clock.install({ time: HALF_PAST_MIDNIGHT_JST });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The login: PKCE through the stand-in's authorize page and back to the registered redirect URI.
  const response = await page.goto(admin);
  expect(response?.headers()['content-security-policy']).toContain("connect-src 'self' blob: https:;");
  await page.getByRole('button', { name: 'GitLab でログインする' }).click();
  await expect(page.getByText('最初の記事').first()).toBeVisible({ timeout: 30_000 });
  expect(standIn.requests.slice(0, 4).map(line)).toEqual([
    'GET /oauth/authorize → 302',
    'POST /oauth/token → 200',
    'GET /user → 200',
    'GET /projects/:project → 200',
  ]);
  const [authorize, token] = standIn.requests;
  expect(authorize!.params).toMatchObject({ client_id: APP_ID, redirect_uri: admin, response_type: 'code', scope: 'api', code_challenge_method: 'S256' });
  expect(token!.body).toMatchObject({ client_id: APP_ID, grant_type: 'authorization_code', redirect_uri: admin });

  // A new post: title, summary, two paragraphs, a heading and a list, and a photo named in Japanese with a space.
  await page.goto(`${admin}#/collections/posts/new`);
  await expect(page.getByLabel('公開日')).toHaveValue(TODAY_JST);
  await page.getByLabel('タイトル').fill('編集ワークフローの記事');
  await page.getByLabel('概要').fill('下書きからレビューを経て公開した記事です。');
  const markdownSwitch = page.getByRole('switch', { name: 'マークダウンで編集する' });
  await markdownSwitch.click();
  await page.getByRole('textbox', { name: '本文' }).click();
  for (const text of ['一段落目の文章です。', '', '二段落目の文章です。', '', '## 進め方', '', '- 下書きを書く', '- レビューを受ける']) {
    if (text) await page.keyboard.insertText(text);
    await page.keyboard.press('Enter');
  }
  await markdownSwitch.click();
  await addFigureWithPhoto(page, PHOTO);

  const writes = () => standIn.requests.filter((request) => !['GET', 'HEAD'].includes(request.method));
  // 下書き: saving makes the branch (a commit with start_branch) and the merge request with the draft label.
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('button', { name: 'ステータス: 下書き' })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => writes().length, { timeout: 15_000 }).toBe(3);
  // The draft corrected and saved again: the branch is rebased on main, then one more commit on it.
  await page.getByLabel('概要').fill('下書きを直し、レビューを経て公開した記事です。');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect.poll(() => writes().length, { timeout: 15_000 }).toBe(5);
  await expect(page.getByRole('button', { name: 'ステータス: 下書き' })).toBeVisible({ timeout: 20_000 });
  // レビュー中, then 準備完了: the label changes.
  await page.getByRole('button', { name: 'ステータス: 下書き' }).click();
  await page.getByRole('menuitem', { name: 'レビュー中' }).click();
  await expect.poll(() => writes().length, { timeout: 15_000 }).toBe(6);
  await page.getByRole('button', { name: 'ステータス: レビュー中' }).click();
  await page.getByRole('menuitem', { name: '準備完了' }).click();
  await expect.poll(() => writes().length, { timeout: 15_000 }).toBe(7);
  // 公開: the merge.
  await page.getByRole('button', { name: '公開', exact: true }).click();
  await page.getByRole('menuitem', { name: '公開する' }).click();
  await expect.poll(() => writes().length, { timeout: 15_000 }).toBe(8);
  await expect(page.getByText('公開済', { exact: true }).first()).toBeVisible({ timeout: 15_000 });

  // The writes, in order, with the fields GitLab acts on.
  const recorded = writes().map((request) => ({ call: `${request.method} ${request.route}`, status: request.status, params: request.params, body: request.body }));
  const commit = recorded[1]?.body as { actions?: Array<{ file_path: string }> } | undefined;
  const photo = commit?.actions?.find((action) => action.file_path.endsWith('.png'))?.file_path ?? '';
  expect(photo).toMatch(new RegExp(`^content/posts/${YEAR}/${TODAY_JST}-1-\\d{9}\\.png$`, 'u'));
  expect(recorded).toEqual([
    { call: 'POST /oauth/token', status: 200, params: {}, body: expect.objectContaining({ grant_type: 'authorization_code' }) },
    {
      call: 'POST /projects/:project/repository/commits',
      status: 201,
      params: {},
      body: {
        branch: BRANCH,
        start_branch: 'main',
        commit_message: expect.any(String),
        actions: expect.arrayContaining([
          { action: 'create', file_path: POST },
          { action: 'create', file_path: photo },
        ]),
      },
    },
    {
      call: 'POST /projects/:project/merge_requests',
      status: 201,
      params: expect.objectContaining({ source_branch: BRANCH, target_branch: 'main', labels: LABEL.draft, squash: 'true', remove_source_branch: 'true' }),
      body: undefined,
    },
    { call: 'PUT /projects/:project/merge_requests/1/rebase', status: 202, params: { skip_ci: 'true' }, body: undefined },
    {
      call: 'POST /projects/:project/repository/commits',
      status: 201,
      params: {},
      body: { branch: BRANCH, commit_message: expect.any(String), actions: [{ action: 'update', file_path: POST }, { action: 'update', file_path: photo }] },
    },
    { call: 'PUT /projects/:project/merge_requests/1', status: 200, params: { labels: LABEL.review }, body: undefined },
    { call: 'PUT /projects/:project/merge_requests/1', status: 200, params: { labels: LABEL.ready }, body: undefined },
    {
      call: 'PUT /projects/:project/merge_requests/1/merge',
      status: 200,
      params: expect.objectContaining({ squash: 'true', should_remove_source_branch: 'true' }),
      body: undefined,
    },
  ]);
  expect(commit?.actions).toHaveLength(2);

  // Nothing Decap asked for was unknown to the stand-in, and every read is one the workflow needs.
  expect(standIn.requests.filter((request) => !request.known).map(line)).toEqual([]);
  const reads = new Set(standIn.requests.filter((request) => ['GET', 'HEAD'].includes(request.method)).map((request) => `${request.method} ${request.route.replace(/\/repository\/(files|branches)\/.+?(\/raw)?$/u, '/repository/$1/…$2').replace(/\/merge_requests\/\d+/u, '/merge_requests/:iid').replace(/\/commits\/[0-9a-f]{40}/u, '/commits/:sha')}`));
  expect([...reads].sort()).toEqual(
    [
      'GET /oauth/authorize',
      'GET /user',
      'GET /projects/:project',
      'GET /projects/:project/repository/tree',
      'GET /projects/:project/repository/files/…/raw',
      'GET /projects/:project/repository/commits',
      'HEAD /projects/:project/repository/files/…',
      'GET /projects/:project/merge_requests',
      'GET /projects/:project/repository/compare',
      // The notes issue of the entry (Decap looks it up on publish; none here).
      'GET /projects/:project/issues',
    ].sort(),
  );

  // After the merge: the post is on main, the branch is gone, the merge request merged.
  const main = standIn.filesOf('main')!;
  expect(main.has(POST)).toBe(true);
  expect(main.has(photo)).toBe(true);
  expect(standIn.branches()).toEqual(['main']);
  expect(standIn.mergeRequests().map((mr) => [mr.sourceBranch, mr.state, mr.labels])).toEqual([[BRANCH, 'merged', [LABEL.ready]]]);

  // The committed file passes the same check as the build (check:content on a copy of main).
  const text = main.get(POST)!.toString('utf8');
  const frontmatter = parse(text.split(/^---$/mu)[1] ?? '') as Record<string, unknown>;
  expect(frontmatter).toMatchObject({ title: '編集ワークフローの記事', date: TODAY_JST, summary: '下書きを直し、レビューを経て公開した記事です。' });
  expect(text).toContain('一段落目の文章です。\n\n二段落目の文章です。');
  expect(text).toContain('## 進め方');
  // The list as the body widget writes it (- or *).
  expect(text).toMatch(/^[-*] 下書きを書く\n[-*] レビューを受ける$/mu);
  expect(text).toContain(`![会議室で話し合う職員](${path.posix.basename(photo)})`);
  for (const [file, content] of main) {
    mkdirSync(path.dirname(path.join(project.dir, file)), { recursive: true });
    writeFileSync(path.join(project.dir, file), content);
  }
  const check = await runInProject(['src/cli/checkContent.ts'], project.dir);
  expect(check.code, `${text}\n${check.output}`).toBe(0);

  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('an edit of a published post is reviewed on its own branch, changes one line, and can be withdrawn', async ({ page }) => {
  const { offSite, cspViolations } = await watch(page);
  const file = 'content/posts/2024/first-post.mdx';
  const before = standIn.filesOf('main')!.get(file)!.toString('utf8');
  const start = standIn.requests.length;
  const writes = () => standIn.requests.slice(start).filter((request) => !['GET', 'HEAD'].includes(request.method));
  await page.goto(admin);
  await page.getByRole('button', { name: 'GitLab でログインする' }).click();
  await expect(page.getByText('最初の記事').first()).toBeVisible({ timeout: 30_000 });
  await page.goto(`${admin}#/collections/posts/entries/2024/first-post`);
  const summary = page.getByLabel('概要');
  await expect(summary).toHaveValue('公開済みの最初の記事です。', { timeout: 20_000 });
  await summary.fill('編集画面から直した、最初の記事の概要です。');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('button', { name: 'ステータス: 下書き' })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => writes().length, { timeout: 15_000 }).toBe(3);

  const branch = 'cms/posts/2024/first-post';
  expect(writes().map((request) => ({ call: `${request.method} ${request.route}`, params: request.params, body: request.body }))).toEqual([
    { call: 'POST /oauth/token', params: {}, body: expect.objectContaining({ grant_type: 'authorization_code' }) },
    { call: 'POST /projects/:project/repository/commits', params: {}, body: { branch, start_branch: 'main', commit_message: expect.any(String), actions: [{ action: 'update', file_path: file }] } },
    { call: 'POST /projects/:project/merge_requests', params: expect.objectContaining({ source_branch: branch, target_branch: 'main', labels: LABEL.draft }), body: undefined },
  ]);
  // The review diff is the one line that changed: frontmatter order, quoting and body as they were.
  const after = standIn.filesOf(branch)!.get(file)!.toString('utf8');
  const beforeLines = before.split('\n');
  expect(after.split('\n')).toHaveLength(beforeLines.length);
  expect(after.split('\n').filter((text, index) => text !== beforeLines[index])).toEqual(['summary: 編集画面から直した、最初の記事の概要です。']);

  // Withdrawn: the merge request is closed and its branch deleted; main keeps the published text.
  await page.getByRole('button', { name: '未公開の変更を削除' }).click();
  await expect.poll(() => writes().length, { timeout: 15_000 }).toBe(5);
  const iid = standIn.mergeRequests().find((mr) => mr.sourceBranch === branch)?.iid;
  expect(writes().slice(3).map((request) => ({ call: `${request.method} ${request.route}`, params: request.params }))).toEqual([
    { call: `PUT /projects/:project/merge_requests/${iid}`, params: { state_event: 'close' } },
    { call: `DELETE /projects/:project/repository/branches/${branch}`, params: {} },
  ]);
  expect(standIn.branches()).toEqual(['main']);
  expect(standIn.mergeRequests().filter((mr) => mr.sourceBranch === branch).map((mr) => mr.state)).toEqual(['closed']);
  expect(standIn.filesOf('main')!.get(file)!.toString('utf8')).toBe(before);
  expect(standIn.requests.filter((request) => !request.known).map(line)).toEqual([]);
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('the /admin/ page lets the editor reach only the GitLab named in site.yaml', async ({ page }) => {
  const { cspViolations } = await watch(page);
  await page.goto(admin);
  await expect(page.getByRole('button', { name: 'GitLab でログインする' })).toBeVisible({ timeout: 30_000 });
  const other = await freePort();
  const outcome = await page.evaluate(async (url) => {
    try {
      await fetch(url);
      return 'reached';
    } catch {
      return 'refused';
    }
  }, `https://127.0.0.1:${other}/`);
  expect(outcome).toBe('refused');
  // Refused by the policy (not merely unanswered): the browser reports the violation.
  await expect.poll(() => cspViolations.join('\n')).toContain(`https://127.0.0.1:${other}/`);
  // The page's own policy, built from site.yaml, names the stand-in and nothing else.
  const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null);
  expect(policy).toBe(`connect-src 'self' blob: ${standIn.origin}`);
});

test('over plain http:// on an intranet name the editor cannot run (no secure context): the page says in Japanese to open https://', async ({ playwright }) => {
  // The intranet name of deploy/nginx/site.conf, resolved to this machine: http:// on a name is not a secure context.
  const host = 'mission.intra.example.lg.jp';
  const options = chromiumLaunchOptions();
  const browser = await playwright.chromium.launch({ ...options, args: [...options.args, `--host-resolver-rules=MAP ${host} 127.0.0.1`] });
  try {
    const context = await browser.newContext({ timezoneId: 'Asia/Tokyo', locale: 'ja-JP' });
    const page = await context.newPage();
    const start = standIn.requests.length;
    await page.goto(admin.replace('127.0.0.1', host));
    expect(await page.evaluate(() => ({ secure: window.isSecureContext, subtle: typeof globalThis.crypto.subtle }))).toEqual({ secure: false, subtle: 'undefined' });
    // Decap would stop with an English configuration error (crypto.randomUUID is missing too): the page explains in Japanese instead.
    await expect(page.getByRole('heading', { name: '編集画面は https:// の住所で開いてください' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('link', { name: 'https:// の住所で開き直す' })).toHaveAttribute('href', admin.replace('http://127.0.0.1', `https://${host}`));
    await expect(page.getByText(/Error loading|config/iu)).toHaveCount(0);
    expect(await page.locator('script[src*="decap"]').count()).toBe(0);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.filter((violation) => violation.impact === 'critical' || violation.impact === 'serious').map((violation) => violation.id)).toEqual([]);
    expect(standIn.requests.slice(start)).toEqual([]);
  } finally {
    await browser.close();
  }
});

/** Log in through the stand-in and wait for the list. */
async function logIn(page: Page): Promise<void> {
  await page.goto(admin);
  await page.getByRole('button', { name: 'GitLab でログインする' }).click();
  await expect(page.getByText('最初の記事').first()).toBeVisible({ timeout: 30_000 });
}

test('deleting a published post: Japanese confirmation, one commit on main that deletes the post (no merge request), its photo kept', async ({ page }) => {
  const { offSite, cspViolations } = await watch(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => dialogs.push(dialog.message()));
  const file = 'content/posts/2025/components-demo.mdx';
  const photo = 'content/posts/2025/photo.png';
  expect(standIn.filesOf('main')!.has(file)).toBe(true);
  await logIn(page);
  const start = standIn.requests.length;
  const writes = () => standIn.requests.slice(start).filter((request) => !['GET', 'HEAD'].includes(request.method));
  await page.goto(`${admin}#/collections/posts/entries/2025/components-demo`);
  await expect(page.getByLabel('概要')).toHaveValue('記事の中で使える4つの部品をすべて使った記事です。', { timeout: 20_000 });
  // A PrincipleLink inside a sentence links, in the preview, to the principle's page under this build's base path.
  await expect(page.locator('iframe').first().contentFrame().locator('.prose .principle-link').first()).toHaveAttribute('href', `${BASE}principles/real-problem/`);
  await page.getByRole('button', { name: '公開エントリを削除' }).click();
  await expect.poll(() => writes().length, { timeout: 15_000 }).toBe(1);
  // Decap asks in Japanese before anything is written.
  expect(dialogs).toEqual(['この公開エントリを削除しますか？']);
  // One commit straight on main: a published post is deleted without a branch, a merge request or a review.
  expect(writes().map((request) => ({ call: `${request.method} ${request.route}`, status: request.status, params: request.params, body: request.body }))).toEqual([
    { call: 'POST /projects/:project/repository/commits', status: 201, params: {}, body: { branch: 'main', commit_message: expect.any(String), actions: [{ action: 'delete', file_path: file }] } },
  ]);
  const main = standIn.filesOf('main')!;
  expect(main.has(file)).toBe(false);
  // The post's photo stays: Decap deletes the entry's file only (another post may show the same photo).
  expect(main.has(photo)).toBe(true);
  expect(standIn.mergeRequests().filter((mr) => mr.state === 'opened')).toEqual([]);
  // The list no longer offers it.
  await page.goto(`${admin}#/collections/posts`);
  await expect(page.getByText('最初の記事').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('部品の使い方')).toHaveCount(0);
  expect(standIn.requests.filter((request) => !request.known).map(line)).toEqual([]);
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('the media library: an upload named in Japanese with spaces gets a safe, unique name, is listed, never replaces a file, and can be deleted', async ({ page }) => {
  const { offSite, cspViolations } = await watch(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => dialogs.push(dialog.message()));
  await page.emulateMedia({ colorScheme: 'dark' });
  await logIn(page);
  const start = standIn.requests.length;
  const writes = () => standIn.requests.slice(start).filter((request) => !['GET', 'HEAD'].includes(request.method));
  // The dialog's opacity each time its classes change, read at that moment (before any frame is drawn).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { overlayOpacity: string[] }).overlayOpacity = seen;
    new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.target instanceof HTMLElement && change.target.matches('.ReactModalPortal > div')) seen.push(getComputedStyle(change.target).opacity);
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  await page.getByRole('button', { name: /メディア/u }).first().click();
  const upload = page.getByRole('button', { name: 'アップロードする' });
  await expect(upload).toBeVisible({ timeout: 20_000 });
  // Opened, the dialog is at full strength at once. It used to fade in over 0.2 s, and axe running in
  // that time (a machine slowed by loading Noto CJK) found its title below 4.5:1.
  const opacity = await page.evaluate(() => (window as unknown as { overlayOpacity: string[] }).overlayOpacity);
  expect(opacity.length).toBeGreaterThan(0);
  expect(opacity.at(-1)).toBe('1');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.filter((violation) => violation.impact === 'critical' || violation.impact === 'serious').map((violation) => violation.id)).toEqual([]);

  // Two uploads of one file named as a phone or a colleague names it.
  const named = '説明会 の様子 (1).png';
  const media = () => [...standIn.filesOf('main')!.keys()].filter((file) => file.startsWith('content/media/')).sort();
  for (const count of [1, 2]) {
    await page.locator('input[type="file"]').setInputFiles({ name: named, mimeType: 'image/png', buffer: PHOTO });
    await expect.poll(() => media().length, { timeout: 15_000 }).toBe(count);
  }
  const uploaded = media();
  // The day in Japan (no post is open), the ASCII left of the name (「1」), the upload's time to the millisecond.
  for (const file of uploaded) expect(file).toMatch(new RegExp(`^content/media/${TODAY_JST}-1-\\d{9}\\.png$`, 'u'));
  expect(new Set(uploaded).size).toBe(2);
  expect(standIn.filesOf('main')!.get(uploaded[0]!)!.equals(PHOTO)).toBe(true);
  // Each upload is one commit on main that creates its own file: nothing deleted or overwritten, no "replace it?" question.
  expect(writes().map((request) => ({ call: `${request.method} ${request.route}`, status: request.status, body: request.body }))).toEqual(
    uploaded.map(() => ({ call: 'POST /projects/:project/repository/commits', status: 201, body: { branch: 'main', commit_message: expect.any(String), actions: [{ action: 'create', file_path: expect.stringMatching(/^content\/media\//u) }] } })),
  );
  expect(writes().map((request) => (request.body as { actions: Array<{ file_path: string }> }).actions[0]!.file_path).sort()).toEqual(uploaded);
  expect(dialogs).toEqual([]);
  // Listed under their new names.
  for (const file of uploaded) await expect(page.getByText(path.posix.basename(file), { exact: true })).toBeVisible();

  // Delete the first: Japanese confirmation, one commit deleting that file only.
  await page.getByText(path.posix.basename(uploaded[0]!), { exact: true }).click();
  await page.getByRole('button', { name: '削除する' }).click();
  await expect.poll(() => writes().length, { timeout: 15_000 }).toBe(3);
  expect(dialogs).toEqual(['選択しているデータを削除しますか？']);
  expect(writes()[2]).toMatchObject({ method: 'POST', route: '/projects/:project/repository/commits', status: 201, body: { branch: 'main', actions: [{ action: 'delete', file_path: uploaded[0] }] } });
  expect(media()).toEqual([uploaded[1]]);
  // Every call but the reads, in order: before each upload Decap asks whether the name is free (HEAD → 404).
  expect(standIn.requests.slice(start).filter((request) => request.method !== 'GET').map(line)).toEqual([
    `HEAD /projects/:project/repository/files/${uploaded[0]} → 404`,
    'POST /projects/:project/repository/commits → 201',
    `HEAD /projects/:project/repository/files/${uploaded[1]} → 404`,
    'POST /projects/:project/repository/commits → 201',
    'POST /projects/:project/repository/commits → 201',
  ]);
  await expect(page.getByText(path.posix.basename(uploaded[0]!), { exact: true })).toHaveCount(0);
  await expect(page.getByText(path.posix.basename(uploaded[1]!), { exact: true })).toBeVisible();
  expect(standIn.requests.filter((request) => !request.known).map(line)).toEqual([]);
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('an expired token is refreshed without a word; after a revoked one, what was typed (title, summary, body) is put back once the editor logs in again', async ({ page }) => {
  const { offSite, cspViolations } = await watch(page);
  // Decap's questions (not the browser's "leave this page?" on a reload); watch() answers OK.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'confirm') dialogs.push(dialog.message());
  });
  const file = 'content/posts/2024/first-post.mdx';
  const branch = 'cms/posts/2024/first-post';
  // Decap retries a failed request 5 times, waiting 1 + 4 + 9 + 16 + 25 s: the test moves the page's clock on instead.
  await page.clock.install();
  await logIn(page);
  await page.goto(`${admin}#/collections/posts/entries/2024/first-post`);
  const summary = page.getByLabel('概要');
  await expect(summary).toHaveValue('公開済みの最初の記事です。', { timeout: 20_000 });

  // Expired (GitLab's tokens last 2 hours): Decap trades the refresh token for a new one and the save goes through.
  await summary.fill('期限切れのあとに保存した概要です。');
  standIn.expireTokens();
  let start = standIn.requests.length;
  const since = () => standIn.requests.slice(start).filter((request) => !['GET', 'HEAD'].includes(request.method) || request.status === 401);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('button', { name: 'ステータス: 下書き' })).toBeVisible({ timeout: 20_000 });
  // The first call of a save asks whether the file exists (HEAD): GitLab's 401 to it has no body, which
  // Decap alone could not read as "expired" (src/client/decapGitLabAnswers.ts).
  expect(since().map((request) => `${request.method} ${request.route} → ${request.status}`)).toEqual([
    `HEAD /projects/:project/repository/files/${file} → 401`,
    'POST /oauth/token → 200',
    'POST /projects/:project/repository/commits → 201',
    'POST /projects/:project/merge_requests → 201',
  ]);
  expect(since()[1]!.body).toMatchObject({ grant_type: 'refresh_token', client_id: APP_ID });
  expect(standIn.filesOf(branch)!.get(file)!.toString('utf8')).toContain('summary: 期限切れのあとに保存した概要です。');

  // Revoked: nothing can be written. What was typed (title, summary, a paragraph of the body) stays on the screen,
  // and the message is Japanese.
  const typed = { title: '取り消されたあとに直した題名', summary: '取り消されたあとに書いた概要です。', paragraph: '取り消されたあとに書き足した段落です。' };
  const title = page.getByLabel('タイトル');
  const body = page.getByRole('textbox', { name: '本文' });
  await title.fill(typed.title);
  await summary.fill(typed.summary);
  // At the sentence's right edge (click + End races with Slate's selection under load).
  const last = body.getByText('これは公開済みの記事です。', { exact: true });
  const box = await last.boundingBox();
  await last.click({ position: { x: (box?.width ?? 2) - 1, y: (box?.height ?? 2) / 2 } });
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(typed.paragraph);
  standIn.revokeTokens();
  start = standIn.requests.length;
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const message = page.getByText(/ログインの期限が切れたか、取り消されました/u);
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(10_000);
        return message.isVisible();
      },
      { timeout: 30_000, intervals: [200] },
    )
    .toBe(true);
  // Decap's opening, then the dictionary's explanation: no English reason, no error class name between.
  expect(await message.textContent()).toMatch(/^エントリの保存に失敗しました。ログインの期限が切れたか、取り消されました。/u);
  await expect(message).toContainText('入力した内容');
  await expect(summary).toHaveValue(typed.summary);
  expect(since().filter((request) => request.status < 400)).toEqual([]);
  expect(standIn.filesOf(branch)!.get(file)!.toString('utf8')).not.toContain(typed.summary);

  // Logging in again (the page reloaded, as the message says): the login page, then the post. The editor is asked once
  // whether to put back what was typed, and after the post has come from GitLab, the title, summary and body are
  // what was typed, not what GitLab holds (Decap alone let the post it loads replace them: decap-cms#5055).
  await page.reload();
  await page.getByRole('button', { name: 'GitLab でログインする' }).click();
  await expect(page.getByText('最初の記事').first()).toBeVisible({ timeout: 30_000 });
  dialogs.length = 0;
  await page.goto(`${admin}#/collections/posts/entries/2024/first-post`);
  await expect(page.getByRole('button', { name: 'ステータス: 下書き' })).toBeVisible({ timeout: 20_000 });
  await expect(summary).toHaveValue(typed.summary);
  await expect(title).toHaveValue(typed.title);
  await expect(body).toContainText(typed.paragraph);
  expect(dialogs).toEqual([expect.stringMatching(/^この記事には、保存していない入力内容がこのブラウザーに残っています/u)]);
  // Still a change of the published post under review (that state is GitLab's, not the copy's).
  await expect(page.getByRole('button', { name: '未公開の変更を削除' })).toBeVisible();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect.poll(() => standIn.filesOf(branch)?.get(file)?.toString('utf8') ?? '', { timeout: 20_000 }).toContain(`summary: ${typed.summary}`);
  const saved = standIn.filesOf(branch)!.get(file)!.toString('utf8');
  expect(saved).toContain(`title: ${typed.title}`);
  expect(saved).toMatch(new RegExp(`これは公開済みの記事です。\\n\\n${typed.paragraph}\\n`, 'u'));

  // Withdrawn again, so main keeps the published text.
  await page.getByRole('button', { name: '未公開の変更を削除' }).click();
  await expect.poll(() => standIn.branches(), { timeout: 15_000 }).toEqual(['main']);
  expect(standIn.requests.filter((request) => !request.known).map(line)).toEqual([]);
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('where main is protected (the recommended GitLab setting), deleting a published post is refused and the editor says why in Japanese', async ({ page }) => {
  const { offSite, cspViolations } = await watch(page);
  const file = 'content/posts/2024/first-post.mdx';
  const before = standIn.filesOf('main')!.get(file)!;
  standIn.protectPublished(true);
  try {
    await logIn(page);
    const start = standIn.requests.length;
    await page.goto(`${admin}#/collections/posts/entries/2024/first-post`);
    await expect(page.getByLabel('概要')).toHaveValue('公開済みの最初の記事です。', { timeout: 20_000 });
    await page.getByRole('button', { name: '公開エントリを削除' }).click();
    const message = page.getByText(/公開中のサイトへ直接書き込むため、GitLab の設定（保護ブランチ）で許されていません/u);
    await expect(message).toBeVisible({ timeout: 20_000 });
    // Decap's opening, then the explanation (no English, not even the "API_ERROR:" Decap puts between them).
    expect(await message.textContent()).toMatch(/^エントリの削除に失敗しました。この操作は公開中のサイトへ直接書き込むため/u);
    const writes = standIn.requests.slice(start).filter((request) => !['GET', 'HEAD'].includes(request.method));
    expect(writes.map((request) => `${request.method} ${request.route} → ${request.status}`)).toEqual(['POST /projects/:project/repository/commits → 403']);
    expect(standIn.filesOf('main')!.get(file)!.equals(before)).toBe(true);

    // The media library commits straight to main too: refused, and said in Japanese from the first word.
    const media = [...standIn.filesOf('main')!.keys()].filter((name) => name.startsWith('content/media/'));
    await page.goto(`${admin}#/collections/posts`);
    await page.getByRole('button', { name: /メディア/u }).first().click();
    await expect(page.getByRole('button', { name: 'アップロードする' })).toBeVisible({ timeout: 20_000 });
    await page.locator('input[type="file"]').setInputFiles({ name: '説明会.png', mimeType: 'image/png', buffer: PHOTO });
    const refusal = page.getByText(/^メディアに保存できませんでした。/u);
    await expect(refusal).toBeVisible({ timeout: 20_000 });
    // Decap writes this notice's opening in English in its code: it is Japanese too (src/client/decapA11y.ts).
    expect(await refusal.textContent()).toMatch(/^メディアに保存できませんでした。この操作は公開中のサイトへ直接書き込むため/u);
    expect([...standIn.filesOf('main')!.keys()].filter((name) => name.startsWith('content/media/'))).toEqual(media);
  } finally {
    standIn.protectPublished(false);
  }
  expect(offSite).toEqual([]);
  expect(cspViolations).toEqual([]);
});
