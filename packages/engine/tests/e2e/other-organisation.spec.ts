/**
 * Another organisation adopts the engine without changing code: the made-up
 * town in tests/fixtures/other-town (町長, three 約束 with their own ids, a
 * mission revised once, no glossary.yaml, no onboarding.yaml) is built into
 * its own folder (support/fixtureSite.ts) and must
 *   - show nothing of the default organisation: no name, leader title,
 *     collective word, count or principle id, in any file of the output;
 *   - use its own words from site.yaml and count its own principles;
 *   - have no glossary (page, link or nav entry) and a generated onboarding
 *     path (mission, principles in order, handbook chapters);
 *   - work in the browser on every page type (smoke test with axe).
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultOrganisationWords, outputTexts } from '../support/organisationWords.ts';
import { DEFAULT_CONTENT } from '../support/paths.ts';
import { buildFixtureSite, serveFixtureSite, type FixtureSite } from './support/fixtureSite.ts';
import { expect, test } from './support/fixtures.ts';

test.describe.configure({ mode: 'serial' });

const PAGES: Array<{ type: string; path: string; h1: string | RegExp }> = [
  { type: 'home', path: '', h1: '架空町役場 職員ポータル' },
  { type: 'posts list', path: 'posts/', h1: '町長ブログ' },
  { type: 'posts list page 2', path: 'posts/page/2/', h1: /町長ブログ/u },
  { type: 'year archive', path: 'posts/2026/', h1: '2026年の記事' },
  { type: 'post', path: 'posts/mado-guchi/', h1: '窓口で聞いたこと' },
  { type: 'mission', path: 'mission/', h1: '私たちのミッション' },
  { type: 'principles', path: 'principles/', h1: '3つの約束' },
  { type: 'principle', path: 'principles/try-it/', h1: '試してみる' },
  { type: 'handbook', path: 'handbook/', h1: 'ハンドブック' },
  { type: 'chapter', path: 'handbook/kaigi/', h1: '会議の進め方' },
  { type: 'print', path: 'handbook/print/', h1: 'ミッション・約束ハンドブック' },
  { type: 'tags', path: 'tags/', h1: 'タグ一覧' },
  { type: 'tag', path: 'tags/お知らせ/', h1: 'タグ「お知らせ」の記事' },
  { type: 'onboarding', path: 'onboarding/', h1: 'はじめての方へ' },
  { type: 'search', path: 'search/?q=窓口', h1: 'サイト内検索' },
  { type: 'accessibility', path: 'accessibility/', h1: 'ウェブアクセシビリティ方針' },
];

let site: FixtureSite;

test.beforeAll(async () => {
  test.setTimeout(240_000); // one extra Astro build of a small site
  site = await buildFixtureSite('other-town', { BUILD_DATE: '2026-06-01' });
});

test('no file of the output names the default organisation or its words', () => {
  const words = defaultOrganisationWords(DEFAULT_CONTENT);
  const found = outputTexts(site.outDir).flatMap(({ file, text }) =>
    words.filter((word) => text.includes(word)).map((word) => `${path.relative(site.outDir, file)}: ${word}`),
  );
  expect(found).toEqual([]);
  // What readers get (pages, feed, sitemap, search index; not the script
  // bundle, which carries the whole dictionary): no placeholder left
  // unfilled, and no mention of a glossary the site does not have.
  const shown = outputTexts(site.outDir).filter(({ file }) => !file.endsWith('.js'));
  expect(shown.filter(({ text }) => /\{(organization|leader|principlesN?|blog|missionNote)\}/u.test(text)).map(({ file }) => file)).toEqual([]);
  expect(shown.filter(({ text }) => text.includes('用語集')).map(({ file }) => file)).toEqual([]);
});

test('without glossary.yaml there is no glossary page, and the onboarding path is made from the content', async ({ page }) => {
  await serveFixtureSite(page, site);
  expect((await page.goto(`${site.base}glossary/`))?.status()).toBe(404);

  await page.goto(`${site.base}onboarding/`);
  const sections = page.locator('main h2[id^="onboarding-section-"]');
  await expect(sections).toHaveText(['ミッション', '3つの約束', '組織の動き方']);
  // Mission, the three principles in order, both chapters in order.
  const steps = page.locator('main ol a[href]').filter({ hasNotText: /^$/u });
  const hrefs = await steps.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const onPath = hrefs.filter((href) => /\/(mission|principles|handbook)\//u.test(href));
  expect(onPath).toEqual(
    ['mission/', 'principles/listen/', 'principles/try-it/', 'principles/share/', 'handbook/soshiki/', 'handbook/kaigi/'].map(
      (p) => `${site.base}${p}`,
    ),
  );
});

test('the site speaks in the organisation’s own words and counts its own principles', async ({ page }) => {
  await serveFixtureSite(page, site);
  await page.goto(site.base);
  const nav = page.getByRole('navigation', { name: 'サイト内の主なページ' });
  await expect(nav.getByRole('link')).toContainText(['町長ブログ', 'ミッション', '約束', 'ハンドブック']);
  await expect(page.getByRole('heading', { level: 2, name: '3つの約束' })).toBeVisible();
  await expect(page.locator('main')).toContainText('約束1');

  await page.goto(`${site.base}posts/`);
  await expect(page.locator('.page-lead')).toHaveText('町長をはじめとする執筆者が、いま考えていることを職員の皆さんに伝えるブログです。');

  await page.goto(`${site.base}mission/`);
  await expect(page.locator('.mission__details dt').nth(1)).toHaveText('「町民第一」とは');
  await expect(page.locator('.mission__statement')).toHaveText('町民第一の役場として、町民と共に暮らしを支える');
  await expect(page.locator('.mission-diff')).toHaveCount(1);

  const footer = page.locator('footer');
  await expect(footer.getByRole('link', { name: 'はじめての方へ' })).toBeVisible();
  await expect(footer.getByRole('link')).not.toContainText(['用語集']);
});

for (const target of PAGES) {
  test(`smoke: ${target.type} (${target.path || '/'}) opens, has its heading, no console errors and no axe violations`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await serveFixtureSite(page, site);
    const response = await page.goto(`${site.base}${target.path}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.h1);
    if (target.type === 'search') {
      await expect(page.locator('[data-search-results] li').first()).toContainText('窓口で聞いたこと');
    }
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('the feed and the 404 page use the organisation’s words', async ({ page }) => {
  const feed = readFileSync(path.join(site.outDir, 'rss.xml'), 'utf8');
  expect(feed).toContain('<title>架空町役場 職員ポータル（町長ブログ）</title>');
  expect(feed).toContain('窓口で聞いたこと');
  await serveFixtureSite(page, site);
  const response = await page.goto(`${site.base}404.html`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('main')).toContainText('約束');
});
