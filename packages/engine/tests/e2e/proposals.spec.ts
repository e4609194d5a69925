/**
 * A revision open for comments (改訂案) as readers meet it: content-valid with
 * the proposals overlay, built for 1 July 2025 (the mission proposal open
 * until 31 July, the principle's closed on 15 June), served under its own
 * base path. The proposal sits beside the version in force, with its diff,
 * period and feedback link, passes axe, and reflows at 320 px.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures.ts';
import { runBuild, serveFixtureSite, type FixtureSite } from './support/fixtureSite.ts';
import { writeContent } from '../support/contentOverlays.ts';

const AXE = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let site: FixtureSite;
let work: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // A fixed folder, not a random one: Astro's content cache for the fixture
  // (.fixture-dist/.cache/) remembers the content's path between runs.
  work = path.resolve('.fixture-dist', 'proposals-content');
  rmSync(work, { recursive: true, force: true });
  rmSync(path.resolve('.fixture-dist', '.cache', 'proposals'), { recursive: true, force: true });
  writeContent(path.join(work, 'content'), ['proposals']);
  const base = '/__fixtures/proposals/';
  const outDir = path.resolve('.fixture-dist', 'proposals');
  const { code, output } = await runBuild(path.join(work, 'content'), outDir, { BASE_PATH: base, BUILD_DATE: '2025-07-01' });
  if (code !== 0) throw new Error(output.slice(-4000));
  site = { base, outDir };
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the mission proposal is shown beside the version in force, never as it, and passes axe', async ({ page }) => {
  await serveFixtureSite(page, site);
  await page.goto(`${site.base}mission/`);
  await expect(page.locator('.mission__statement')).toHaveText('テスト市民のために最高のサービスを提供する');
  const proposals = page.getByRole('region', { name: 'ミッションの改訂案（意見募集）' });
  await expect(proposals).toContainText('この案はまだ適用されていません');
  const proposal = proposals.getByRole('article', { name: /第2版の改訂案/u });
  await expect(proposal).toContainText('テスト市民と共に最高のサービスをつくる');
  await expect(proposal.locator('ins').first()).toContainText('と共');
  await expect(proposal.locator('del').first()).toContainText('のため');
  await expect(proposal).toContainText('2025年7月31日（令和7年）まで');
  await expect(proposal.getByRole('link', { name: 'この改訂案への意見を送る' })).toHaveAttribute('href', /forms\.example\.lg\.jp\/test\/mission-proposal/u);
  const axe = await new AxeBuilder({ page }).withTags(AXE).analyze();
  expect(axe.violations).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test("a principle's proposal keeps the wording in force as the page's title, and says its period is over", async ({ page }) => {
  await serveFixtureSite(page, site);
  await page.goto(`${site.base}principles/start-small/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('小さく始める');
  const proposal = page.getByRole('region', { name: /この綱領の改訂案/u });
  await expect(proposal).toContainText('小さく始めて大きく育てる');
  await expect(proposal).toContainText('締め切りました');
  await expect(proposal.getByRole('link', { name: 'この改訂案への意見を送る' })).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).withTags(AXE).analyze();
  expect(axe.violations).toEqual([]);
});

test('the home page, onboarding path and print handbook show only the version in force', async ({ page }) => {
  await serveFixtureSite(page, site);
  for (const path of ['', 'onboarding/', 'handbook/print/']) {
    await page.goto(`${site.base}${path}`);
    await expect(page.locator('body')).not.toContainText('テスト市民と共に');
    await expect(page.locator('body')).not.toContainText('小さく始めて大きく育てる');
  }
});
