/**
 * The header on a phone: compact (at most 120 px of a 390 px screen), with
 * every section and search one tap away, and the organisation named once.
 */
import { expect, sitePath, test } from './support/fixtures.ts';

const PAGES = ['/', '/posts/', '/posts/keiei-kaigi/', '/mission/', '/principles/cost/', '/handbook/', '/handbook/management-meeting/', '/search/'];

test.describe('390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  for (const path of PAGES) {
    test(`compact header with navigation and search in reach on ${path}`, async ({ page }) => {
      await page.goto(sitePath(path));
      const header = page.locator('header.site-header');
      const box = await header.boundingBox();
      expect(box?.height ?? Infinity, 'header height').toBeLessThanOrEqual(120);
      const nav = page.getByRole('navigation', { name: 'サイト内の主なページ' });
      for (const label of ['庁内ブログ', 'ミッション', '綱領', 'ハンドブック']) {
        const link = nav.getByRole('link', { name: label, exact: true });
        await expect(link).toBeInViewport({ ratio: 1 });
      }
      await expect(page.getByRole('button', { name: /検索/u }).first()).toBeInViewport({ ratio: 1 });
    });
  }

  test('search opens with one tap and the keyboard reaches brand, search and sections in order', async ({ page }) => {
    await page.goto(sitePath('/posts/'));
    await page.getByRole('button', { name: /検索/u }).first().tap();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.goto(sitePath('/posts/'));
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(order[1]).toContain('ミッション・綱領');
    expect(order[2]).toContain('検索');
    expect(order[3]).toBe('庁内ブログ');
  });
});

test('the header names the organisation once', async ({ page }) => {
  await page.goto(sitePath('/'));
  const text = (await page.locator('header.site-header .site-header__brand').innerText()).replace(/\s+/gu, '');
  const organization = '裾野市役所';
  expect(text.split(organization).length - 1).toBe(1);
});
