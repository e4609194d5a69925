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

test.describe('新着 since the previous visit', () => {
  // The browser's own zone must not matter: days are the site's (Asia/Tokyo).
  test.use({ timezoneId: 'UTC' });
  // 00:30 on 16 October in Japan, still the 15th in UTC.
  const FIRST_VISIT = new Date('2025-10-15T15:30:00Z');
  const RETURN_VISIT = new Date('2025-12-01T00:00:00Z');

  async function markedAfter(page: import('@playwright/test').Page, day: string) {
    const marks = page.locator('[data-new-key][data-new-date]');
    const expected: string[] = [];
    const shown: string[] = [];
    for (const mark of await marks.all()) {
      const date = (await mark.getAttribute('data-new-date'))!;
      const key = (await mark.getAttribute('data-new-key'))!;
      if (date > day) expected.push(key);
      if (await mark.isVisible()) shown.push(key);
    }
    return { expected, shown };
  }

  test('a returning reader sees 新着 on exactly the posts published since the previous visit, and can clear them', async ({ page }) => {
    await page.clock.install({ time: FIRST_VISIT });
    await page.goto(sitePath('/posts/'));
    // First visit: nothing is marked, no bar.
    await expect(page.locator('.badge--new:visible')).toHaveCount(0);
    await expect(page.locator('[data-new-since-bar]')).toBeHidden();

    await page.clock.setSystemTime(RETURN_VISIT);
    await page.reload();
    const { expected, shown } = await markedAfter(page, '2025-10-16');
    expect(expected.length).toBeGreaterThan(0);
    expect(shown).toEqual(expected);
    await expect(page.locator('[data-new-since-bar]')).toContainText(`新着が${expected.length}件あります`);
    const axe = await new AxeBuilder({ page }).withTags(AXE).analyze();
    expect(axe.violations).toEqual([]);

    // The home page marks the same posts among its latest ones.
    await page.goto(sitePath('/'));
    const home = await markedAfter(page, '2025-10-16');
    expect(home.shown).toEqual(home.expected);
    expect(home.shown.length).toBeGreaterThan(0);

    // Opening a marked post from the list removes its mark; the others stay for this visit.
    await page.goto(sitePath('/posts/'));
    const [first, ...rest] = expected;
    await page.locator('article.post-card', { has: page.locator(`[data-new-key="${first}"]`) }).getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/${first}/$`, 'u'));
    await page.goto(sitePath('/posts/'));
    expect((await markedAfter(page, '2025-10-16')).shown).toEqual(rest);

    // 「すべて既読にする」 clears every mark, says so, and keeps the focus.
    await page.getByRole('button', { name: 'すべて既読にする' }).click();
    await expect(page.locator('.badge--new:visible')).toHaveCount(0);
    await expect(page.locator('[data-new-since-count]')).toHaveText('すべて既読にしました。');
    await expect(page.locator('[data-new-since-count]')).toBeFocused();
    await page.reload();
    await expect(page.locator('.badge--new:visible')).toHaveCount(0);
  });

  test('any page counts as a visit, and a post opened directly (from a feed or a mail) is no longer 新着', async ({ page }) => {
    // The only previous visit was one post, opened from a mail.
    await page.clock.install({ time: FIRST_VISIT });
    await page.goto(sitePath('/'));
    const links = await page.locator('a[href*="/posts/"]').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    const postPath = links.find((href) => /\/posts\/[^/]+\/$/u.test(href) && !/\/posts\/\d{4}\/$/u.test(href))!;
    await page.evaluate(() => localStorage.clear());
    await page.goto(postPath);
    // The recorder comes on the side of the page script (import()): wait until it has written the visit.
    const recorded = (key?: string) =>
      page.evaluate(
        (item) => Object.keys(localStorage).some((name) => name.startsWith('new-since:') && (!item || (localStorage.getItem(name) ?? '').includes(`"${item}"`))),
        key,
      );
    await expect.poll(() => recorded()).toBe(true);
    await page.clock.setSystemTime(RETURN_VISIT);
    // Back weeks later, again straight to a post published since: then the list.
    await page.goto(sitePath('/posts/'));
    const { expected, shown } = await markedAfter(page, '2025-10-16');
    expect(expected.length).toBeGreaterThan(1);
    expect(shown).toEqual(expected);
    await page.goto(sitePath(`/${expected[0]}/`));
    await expect.poll(() => recorded(expected[0])).toBe(true);
    await page.goto(sitePath('/posts/'));
    expect((await markedAfter(page, '2025-10-16')).shown).toEqual(expected.slice(1));
  });

  test('the handbook marks chapters and principles changed since the previous visit', async ({ page }) => {
    await page.goto(sitePath('/handbook/'));
    const dates = await page.locator('[data-new-date]').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-new-date')!));
    expect(dates.length).toBeGreaterThan(0);
    const newest = dates.sort().at(-1)!;
    // A previous visit the day before the newest change, stored as the script keeps it.
    const dayBefore = new Date(Date.parse(`${newest}T12:00:00+09:00`) - 86_400_000).getTime();
    await page.evaluate((previous) => {
      const key = Object.keys(localStorage).find((name) => name.startsWith('new-since:'))!;
      localStorage.setItem(key, JSON.stringify({ previous, last: previous, read: [] }));
    }, dayBefore);
    await page.reload();
    const visible = page.locator('.badge--new:visible');
    await expect(visible).toHaveCount(dates.filter((date) => date === newest).length);
    await expect(visible.first()).toHaveText('新着');
  });

  test('with JavaScript off there are no marks and no bar', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(sitePath('/posts/'));
    await expect(page.locator('[data-new-key]').first()).toBeAttached();
    await expect(page.locator('.badge--new:visible')).toHaveCount(0);
    await expect(page.locator('[data-new-since-bar]')).toBeHidden();
    await context.close();
  });
});
