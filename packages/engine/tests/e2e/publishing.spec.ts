/** What readers see of the publishing features, on the built default site. */
import AxeBuilder from '@axe-core/playwright';
import { expect, sitePath, test } from './support/fixtures.ts';

test('a post offers the intranet feedback form with its title and shows readers one pair of dates, no editing machinery', async ({ page }) => {
  await page.goto(sitePath('/posts/keiei-kaigi/'));
  const feedback = page.getByRole('link', { name: /感想・質問を送る/u });
  // The form's host is listed in site.yaml's intranetHosts: not 外部サイト.
  await expect(feedback).not.toContainText('外部サイト');
  const href = new URL((await feedback.getAttribute('href')) ?? '');
  expect(href.searchParams.get('subject')).toBe('経営会議で部署の壁を越える');
  expect(href.searchParams.get('page')).toMatch(/\/posts\/keiei-kaigi\/$/u);

  const main = page.locator('main');
  await expect(main.getByText('公開日', { exact: true })).toHaveCount(1);
  await expect(main.getByText(/最終更新日/u)).toHaveCount(0);
  await expect(main.getByText('編集者向け')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /このページを編集/u })).toHaveCount(0);
});

test('mission, principle and handbook pages show readers when they were updated, without repository links', async ({ page }) => {
  for (const path of ['/mission/', '/principles/cost/', '/handbook/management-meeting/']) {
    await page.goto(sitePath(path));
    await expect(page.getByTestId('page-updated'), path).toHaveText(/^更新日：\d{4}年\d{1,2}月\d{1,2}日/u);
    await expect(page.getByRole('link', { name: /このページを編集/u }), path).toHaveCount(0);
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.filter((href) => href.includes('/-/edit/')), path).toEqual([]);
  }
});

test('the accessibility policy and the printed handbook never name localhost', async ({ page }) => {
  for (const path of ['/accessibility/', '/handbook/print/']) {
    await page.goto(sitePath(path));
    const shown = await page.locator('body').innerText();
    const printed = await page.locator('[data-print-url]').evaluateAll((as) => as.map((a) => a.getAttribute('data-print-url')).join(' '));
    expect(`${shown} ${printed}`, path).not.toMatch(/localhost|127\.0\.0\.1/u);
  }
});

test('the post list leads to year archives and the RSS feed', async ({ page }) => {
  await page.goto(sitePath('/posts/'));
  const years = page.getByRole('navigation', { name: '年別の記事' });
  await years.getByRole('link', { name: /^2025年/u }).click();
  await expect(page).toHaveURL(/\/posts\/2025\/$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2025年の記事');
  await expect(page.getByRole('link', { name: '経営会議で部署の壁を越える' })).toBeVisible();
  await expect(page.getByRole('link', { name: '下書きの例' })).toHaveCount(0);

  const feed = await page.request.get(sitePath('/rss.xml'));
  expect(feed.ok()).toBe(true);
  // Samples are marked in the feed too.
  expect(await feed.text()).toContain('<title>【サンプル】経営会議で部署の壁を越える</title>');
});

test('the year archive and a post with the publishing blocks pass axe (WCAG 2.1 AA)', async ({ page }) => {
  for (const path of ['/posts/2025/', '/posts/keiei-kaigi/']) {
    await page.goto(sitePath(path));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations, path).toEqual([]);
  }
});
