import { expect, sitePath, test } from './support/fixtures.ts';

test('the header navigation reaches every section and marks the current one', async ({ page }) => {
  await page.goto(sitePath('/'));
  const nav = page.getByRole('navigation', { name: 'サイト内の主なページ' });
  for (const [label, heading] of [
    ['庁内ブログ', '庁内ブログ'],
    ['ミッション', 'ミッション'],
    ['綱領', '5つの綱領'],
    ['ハンドブック', 'ハンドブック'],
  ] as const) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('from a post, a principle badge leads to the principle, which lists that post', async ({ page }) => {
  await page.goto(sitePath('/posts/keiei-kaigi/'));
  await page.locator('.principle-badges').getByRole('link', { name: /より良い解決策の探究/u }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('より良い解決策の探究');
  const citing = page.locator('section', { has: page.getByRole('heading', { name: 'この綱領に触れた記事' }) });
  await expect(citing.getByRole('link', { name: '経営会議で部署の壁を越える' })).toBeVisible();
  const dates = await citing.locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
});

test('every principle page lists exactly the posts that cite it', async ({ page }) => {
  const expected: Record<string, number> = {};
  await page.goto(sitePath('/posts/'));
  const slugs = await page.locator('main article h2 a').evaluateAll((links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  );
  for (const href of slugs) {
    await page.goto(href);
    const ids = await page.locator('.principle-badges a').evaluateAll((links) =>
      links.map((link) => (link.getAttribute('href') ?? '').split('/').filter(Boolean).pop() ?? ''),
    );
    for (const id of ids) expected[id] = (expected[id] ?? 0) + 1;
  }
  for (const [id, count] of Object.entries(expected)) {
    await page.goto(sitePath(`/principles/${id}/`));
    const citing = page.locator('section', { has: page.getByRole('heading', { name: 'この綱領に触れた記事' }) });
    await expect(citing.getByRole('article'), `posts citing ${id}`).toHaveCount(count);
  }
});

test('previous and next links walk the blog in date order', async ({ page }) => {
  await page.goto(sitePath('/posts/'));
  // The pinned post opens the list; the newest post is the first card after it.
  const first = page.locator('main article').filter({ hasNot: page.getByTestId('pinned-badge') }).locator('h2 a').first();
  const newestTitle = await first.textContent();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newestTitle ?? '');
  const adjacent = page.getByRole('navigation', { name: '前後の記事' });
  await expect(adjacent.getByRole('link', { name: /新しい記事/u })).toHaveCount(0);
  await adjacent.getByRole('link', { name: /古い記事/u }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(newestTitle ?? '');
  await page.getByRole('navigation', { name: '前後の記事' }).getByRole('link', { name: /新しい記事/u }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newestTitle ?? '');
});

test('breadcrumbs lead back to the section', async ({ page }) => {
  await page.goto(sitePath('/principles/cost/'));
  await page.getByRole('navigation', { name: 'パンくずリスト' }).getByRole('link', { name: '5つの綱領' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('5つの綱領');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(sitePath('/mission/'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へ移動' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
