/** The search experience in a real browser: dialog, /search/ page, filters, sort, zero results. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, sitePath, test } from './support/fixtures.ts';

const isSearchCode = (url: string) => /\/pagefind\/|\/searchUi\.[\w-]+\.js$/u.test(new URL(url).pathname);

function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'サイト内検索' });
const pageResults = (page: Page) => page.getByRole('list', { name: '検索結果' });

async function searchPage(page: Page, query: string) {
  await page.goto(sitePath(`/search/?${query}`));
  const status = page.locator('[data-search-root="page"] [data-search-status]');
  await expect(status).not.toHaveText(/^$|検索しています/u);
  return status;
}

test('no search code loads with a page; it loads once the reader opens search', async ({ page }) => {
  const requests = watchRequests(page);
  await page.goto(sitePath('/posts/keiei-kaigi/'));
  await page.waitForLoadState('networkidle');
  expect(requests.filter(isSearchCode)).toEqual([]);

  await page.getByRole('button', { name: /サイト内を検索/u }).click();
  await dialog(page).getByRole('searchbox', { name: '検索する言葉' }).fill('目安箱');
  await expect(dialog(page).getByRole('list', { name: '検索結果' }).getByRole('listitem').first()).toBeVisible();
  const loaded = requests.filter(isSearchCode).map((url) => new URL(url).pathname);
  expect(loaded.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(loaded.some((path) => /\/searchUi\.[\w-]+\.js$/u.test(path))).toBe(true);
});

test('the header button opens the dialog; results show type, title, date and highlighted words', async ({ page }) => {
  await page.goto(sitePath('/'));
  const trigger = page.getByRole('button', { name: /サイト内を検索/u });
  await trigger.click();
  const box = dialog(page).getByRole('searchbox', { name: '検索する言葉' });
  await expect(box).toBeFocused();
  await box.fill('超過勤務');
  const first = dialog(page).getByRole('list', { name: '検索結果' }).getByRole('listitem').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText('超過勤務の縮減という案');
  // A sample post says so in the results, as on its page.
  await expect(first.locator('.badge')).toHaveText(['ブログ', 'サンプル']);
  await expect(first.locator('time')).toHaveAttribute('datetime', '2025-09-18');
  await expect(first.locator('time')).toHaveText('2025年9月18日（令和7年）');
  await expect(first.locator('mark').first()).toContainText('超過');
  await expect(dialog(page).getByRole('status')).toHaveText(/\d+件/u);

  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/posts\/chokakinmu-shukugen\/$/u);
});

test('Esc closes the dialog and focus returns to the search button', async ({ page }) => {
  await page.goto(sitePath('/mission/'));
  const trigger = page.getByRole('button', { name: /サイト内を検索/u });
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(trigger).toBeFocused();
});

test('"/" and Ctrl+K open search; "/" typed inside a text box does not', async ({ page }) => {
  await page.goto(sitePath('/principles/'));
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  const box = dialog(page).getByRole('searchbox', { name: '検索する言葉' });
  await box.pressSequentially('a/b');
  await expect(box).toHaveValue('a/b');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(box).toBeFocused();
});

test('the dialog links to the full search page with the same query', async ({ page }) => {
  await page.goto(sitePath('/'));
  await page.keyboard.press('/');
  await dialog(page).getByRole('searchbox').fill('目安箱');
  await expect(dialog(page).getByRole('list', { name: '検索結果' }).getByRole('listitem').first()).toBeVisible();
  await dialog(page).getByRole('link', { name: /検索ページで開く/u }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E7%9B%AE%E5%AE%89%E7%AE%B1$/u);
  await expect(page.getByRole('searchbox', { name: '検索する言葉' })).toHaveValue('目安箱');
});

test('/search/?q= is a shareable link: the query is read from and written to the URL', async ({ page }) => {
  await searchPage(page, 'q=目安箱');
  await expect(page.getByRole('searchbox', { name: '検索する言葉' })).toHaveValue('目安箱');
  await expect(pageResults(page).getByRole('heading', { level: 2 }).first()).toHaveText('デジタル目安箱');
  await page.reload();
  await expect(pageResults(page).getByRole('heading', { level: 2 }).first()).toHaveText('デジタル目安箱');

  await page.getByRole('searchbox', { name: '検索する言葉' }).fill('三層分離');
  await expect(page).toHaveURL(/\?q=%E4%B8%89%E5%B1%A4%E5%88%86%E9%9B%A2$/u);
  await expect(pageResults(page).getByRole('heading', { level: 2 }).first()).toHaveText('三層分離の見直しという案');
});

test('every page type can be found and filtered: ブログ, ミッション, 綱領, ハンドブック', async ({ page }) => {
  for (const [type, query, title] of [
    ['ブログ', '経営会議', '経営会議で部署の壁を越える'],
    ['ミッション', '市民目線', 'ミッション'],
    ['綱領', '挑戦', '新しい挑戦の応援'],
    ['ハンドブック', '経営会議', '経営会議'],
  ] as const) {
    await searchPage(page, `q=${encodeURIComponent(query)}&type=${encodeURIComponent(type)}`);
    await expect(page.getByRole('combobox', { name: '種類' })).toHaveValue(type);
    const items = pageResults(page).getByRole('listitem');
    await expect(items.first().getByRole('heading')).toHaveText(title);
    await expect(items.locator('.badge:not(.badge--sample)')).toHaveText(Array(await items.count()).fill(type));
  }
});

test('filters by principle, tag and year, alone or without a query', async ({ page }) => {
  await searchPage(page, `principle=${encodeURIComponent('コスト意識の徹底')}&type=${encodeURIComponent('ブログ')}`);
  // A filter-only search has no relevance order, so compare as a set.
  expect((await pageResults(page).getByRole('heading').allTextContents()).sort()).toEqual(
    ['超過勤務の縮減という案', '業務の棚卸しという案', '交付金の活用とコスト意識', '三層分離の見直しという案'].sort(),
  );

  await searchPage(page, `q=${encodeURIComponent('目安箱')}&tag=${encodeURIComponent('市民の声')}`);
  expect(await pageResults(page).getByRole('heading').allTextContents()).toEqual(['市民の声を直接聞くデジタル目安箱']);

  await searchPage(page, `q=${encodeURIComponent('目安箱')}&year=2024`);
  await expect(pageResults(page).getByRole('listitem')).toHaveCount(0);
  await searchPage(page, `q=${encodeURIComponent('目安箱')}&year=2025`);
  await expect(pageResults(page).locator('.badge:not(.badge--sample)')).toHaveText(['ブログ', 'ブログ']);

  // Changing a filter in the form updates the results and the URL.
  await page.getByRole('combobox', { name: '年' }).selectOption('');
  await expect(page).not.toHaveURL(/year=/u);
  // Seven posts and chapters, plus the onboarding guide and the glossary (both mention it).
  await expect(pageResults(page).getByRole('listitem')).toHaveCount(9);
});

test('sort: newest first orders posts by date, undated pages last', async ({ page }) => {
  await searchPage(page, `q=${encodeURIComponent('市民')}&sort=newest`);
  await expect(page.getByRole('combobox', { name: '並び順' })).toHaveValue('newest');
  const items = pageResults(page).getByRole('listitem');
  const dates = await items.evaluateAll((nodes) => nodes.map((node) => node.querySelector('time')?.getAttribute('datetime') ?? ''));
  const dated = dates.filter(Boolean);
  expect(dated.length).toBeGreaterThan(3);
  expect(dated).toEqual([...dated].sort().reverse());
  expect(dates.slice(0, dated.length)).toEqual(dated);
});

test('no results: a helpful answer with hints and ways to browse, not an empty box', async ({ page }) => {
  const status = await searchPage(page, `q=${encodeURIComponent('しみん')}`);
  await expect(status).toHaveText('「しみん」に一致するページは見つかりませんでした。');
  const help = page.locator('[data-search-root="page"] [data-search-empty]');
  await expect(help).toBeVisible();
  await expect(help).toContainText('漢字やカタカナでも入力してみてください');
  for (const name of ['ミッション', '5つの綱領', 'ハンドブック', '最新のブログ記事', '交付金の活用とコスト意識']) {
    await expect(help.getByRole('link', { name, exact: true })).toBeVisible();
  }

  await searchPage(page, `q=${encodeURIComponent('目安箱 新幹線')}`);
  await help.getByRole('link', { name: '「目安箱」だけで検索する' }).click();
  await expect(pageResults(page).getByRole('heading').first()).toHaveText('デジタル目安箱');
});

test('drafts are never found', async ({ page }) => {
  for (const query of ['下書きの例', '公開されてはならない', '下書き']) {
    await searchPage(page, `q=${encodeURIComponent(query)}`);
    const titles = await pageResults(page).getByRole('heading').allTextContents();
    expect(titles).not.toContain('下書きの例');
    const hrefs = await pageResults(page).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.filter((href) => href?.includes('draft-example'))).toEqual([]);
  }
});

test('search page and open dialog pass axe (WCAG 2.1 AA)', async ({ page }) => {
  await searchPage(page, `q=${encodeURIComponent('目安箱')}`);
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: /サイト内を検索/u }).click();
  await dialog(page).getByRole('searchbox').fill('しみん');
  await expect(dialog(page).locator('[data-search-empty]')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(tags).include('dialog').analyze()).violations).toEqual([]);
});
