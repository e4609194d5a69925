/**
 * Hearing of what is new: each page names its feed (a link a reader can
 * copy into Garoon or Outlook, and <link rel="alternate">), the feed answers
 * as RSS, and the updates page lists what changed with a stable #id per change.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, sitePath, test } from './support/fixtures.ts';

const AXE = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const FEED_PAGES = [
  { path: '/principles/real-problem/', feed: '/principles/real-problem/rss.xml', link: /この綱領に触れた新しい記事をRSSフィードで受け取る/u },
  { path: '/tags/業務改善/', feed: `/tags/${encodeURIComponent('業務改善')}/rss.xml`, link: /このタグの新しい記事をRSSフィードで受け取る/u },
  { path: '/mission/', feed: '/updates/rss.xml', link: /ミッション・綱領・ハンドブックの更新をRSSフィードで受け取る/u },
  { path: '/handbook/citizen-reform-council/', feed: '/updates/rss.xml', link: /ミッション・綱領・ハンドブックの更新をRSSフィードで受け取る/u },
];

for (const item of FEED_PAGES) {
  test(`${item.path} shows and announces its feed, which answers as RSS`, async ({ page }) => {
    await page.goto(sitePath(item.path));
    const link = page.getByRole('link', { name: item.link });
    await expect(link).toBeVisible();
    // Base-path aware: /mayor/… in the sub-path run.
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/(?:[^/]+/)?${item.feed.slice(1).replace(/[.]/gu, '\\$&')}$`, 'u'));
    await expect(page.locator(`head link[rel="alternate"][type="application/rss+xml"][href="${href}"]`)).toHaveCount(1);
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.ok()).toBe(true);
    expect(await response.text()).toMatch(/^<\?xml[^>]*\?><rss version="2\.0">/u);
  });
}

test('the updates page lists new posts and changes by date, each reachable by its #id, and passes axe', async ({ page }) => {
  await page.goto(sitePath('/updates/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('更新情報');
  // The mission's first version and the newest post are both there.
  await expect(page.locator('#mission-v1')).toContainText('ミッションの第1版を適用しました');
  await expect(page.locator('[data-update-page^="posts/"]').first()).toBeVisible();
  await expect(page.getByRole('link', { name: '下書きの例' })).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(AXE).analyze();
  expect(results.violations).toEqual([]);
});
