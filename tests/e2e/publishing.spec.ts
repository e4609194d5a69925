/** What readers see of the publishing features, on the built default site. */
import AxeBuilder from '@axe-core/playwright';
import { expect, sitePath, test } from './support/fixtures.ts';

test('a post offers the feedback form with its title, the edit link and the last update', async ({ page }) => {
  await page.goto(sitePath('/posts/keiei-kaigi/'));
  const feedback = page.getByRole('link', { name: /感想・質問を送る/u });
  await expect(feedback).toContainText('（外部サイト）');
  const href = new URL((await feedback.getAttribute('href')) ?? '');
  expect(href.searchParams.get('subject')).toBe('経営会議で部署の壁を越える');
  expect(href.searchParams.get('page')).toMatch(/\/posts\/keiei-kaigi\/$/u);

  const info = page.getByRole('region', { name: 'このページについて' });
  await expect(info.getByText(/^最終更新日：\d{4}年\d{1,2}月\d{1,2}日/u)).toBeVisible();
  await expect(info.getByRole('link', { name: /このページを編集/u })).toHaveAttribute(
    'href',
    // The browser editor is on by default, so the link opens the post in it.
    /\/admin\/#\/collections\/posts\/entries\/2025\/keiei-kaigi$/u,
  );
});

test('mission, principle and handbook pages have the edit link too', async ({ page }) => {
  for (const [path, file] of [
    ['/mission/', 'admin/#/collections/mission/entries/index'],
    ['/principles/cost/', 'admin/#/collections/principles/entries/cost'],
    ['/handbook/management-meeting/', 'admin/#/collections/handbook/entries/management-meeting'],
  ] as const) {
    await page.goto(sitePath(path));
    await expect(page.getByRole('link', { name: /このページを編集/u }), path).toHaveAttribute(
      'href',
      new RegExp(`${file}$`, 'u'),
    );
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
