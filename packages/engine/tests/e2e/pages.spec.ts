import { expect, sitePath, test } from './support/fixtures.ts';

const SITE_TITLE = '裾野市役所 ミッション・綱領・庁内ブログ';

test.describe('every page type renders with its title and headings', () => {
  test('home: mission first, principles, latest posts with the pinned post on top, way in for new hires', async ({ page }) => {
    await page.goto(sitePath('/'));
    await expect(page).toHaveTitle(SITE_TITLE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    const main = page.locator('main');
    await expect(main.getByText('日本一市民目線の市役所として最高の行政サービスを提供する')).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: '5つの綱領' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'はじめての方へ' })).toBeVisible();
    const latest = main.locator('section', { has: page.getByRole('heading', { name: '最新のブログ記事' }) });
    const firstPost = latest.getByRole('article').first();
    await expect(firstPost.getByRole('heading')).toHaveText('庁内ブログを始めます');
    // Readers are told why it is on top (using-this-site says so too).
    await expect(firstPost.getByTestId('pinned-badge')).toHaveText('固定');
    await expect(latest.getByTestId('pinned-badge')).toHaveCount(1);
    // The five principles, in their official order.
    await expect(main.locator('.principle-card__title')).toHaveText([
      '本質的な課題の特定',
      'より良い解決策の探究',
      '小さく始めて、継続的に改善',
      '新しい挑戦の応援',
      'コスト意識の徹底',
    ]);
  });

  test('post list: the pinned post first and labelled 固定, then newest first, with title', async ({ page }) => {
    await page.goto(sitePath('/posts/'));
    await expect(page).toHaveTitle(`庁内ブログ | ${SITE_TITLE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('庁内ブログ');
    const cards = page.locator('main article');
    await expect(cards.first().getByRole('heading')).toHaveText('庁内ブログを始めます');
    await expect(cards.first().getByTestId('pinned-badge')).toHaveText('固定');
    await expect(page.locator('main').getByTestId('pinned-badge')).toHaveCount(1);
    const dates = await cards.locator('time').evaluateAll((nodes) => nodes.slice(1).map((node) => node.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThanOrEqual(8);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('post: title, 西暦 and 和暦 date, author with role, reading time, badges, tags, neighbours, related', async ({ page }) => {
    await page.goto(sitePath('/posts/gyomu-tanaoroshi/'));
    await expect(page).toHaveTitle(`業務の棚卸しという案 | ${SITE_TITLE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('業務の棚卸しという案');
    const meta = page.locator('.post-meta');
    await expect(meta).toContainText('2025年7月24日（令和7年）');
    await expect(meta).toContainText('更新日');
    await expect(meta).toContainText('2025年10月1日（令和7年）');
    await expect(meta).toContainText('広報担当（裾野市役所）');
    // A sample says so in the byline and above the text, not only inside it;
    // its dates are examples too (「公開日：2025年…」: no space after the colon).
    await expect(meta.locator('.badge--sample')).toHaveText(['仮の日付', 'サンプル']);
    expect(await meta.locator('dt').first().evaluate((dt) => {
      const dd = dt.nextElementSibling!.getBoundingClientRect();
      const after = getComputedStyle(dt, '::after').content;
      return { after, gap: Math.round(dd.left - dt.getBoundingClientRect().right) };
    })).toEqual({ after: '"："', gap: 0 });
    await expect(page.locator('.post__sample-note')).toContainText('サイトの使い方を示すために作成したサンプルです');
    // …and wherever the post is shown inside another page: a card, an embed, a step of the onboarding path.
    await page.goto(sitePath('/posts/chokakinmu-shukugen/'));
    await expect(page.locator('.post-embed .badge--sample')).toHaveText('サンプル');
    await page.goto(sitePath('/onboarding/'));
    await expect(page.locator('main')).toContainText('ブログ記事（サンプル）');
    await page.goto(sitePath('/posts/gyomu-tanaoroshi/'));
    await expect(meta).toContainText(/約\d+分で読めます/u);
    await expect(page.getByRole('link', { name: /本質的な課題の特定/u }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: '#業務改善' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '前後の記事' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '関連する記事' })).toBeVisible();
  });

  test('tags: index and a Japanese tag page', async ({ page }) => {
    await page.goto(sitePath('/tags/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('タグ一覧');
    await page.getByRole('link', { name: /#業務改善/u }).click();
    await expect(page).toHaveURL(/\/tags\/%E6%A5%AD%E5%8B%99%E6%94%B9%E5%96%84\/$/u);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('タグ「業務改善」の記事');
    await expect(page.locator('main article').first()).toBeVisible();
  });

  test('mission: statement, short form, note, background and version history', async ({ page }) => {
    await page.goto(sitePath('/mission/'));
    await expect(page).toHaveTitle(`ミッション | ${SITE_TITLE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ミッション');
    const main = page.locator('main');
    await expect(main.locator('.mission__statement')).toHaveText('日本一市民目線の市役所として最高の行政サービスを提供する');
    await expect(main).toContainText('日本一市民目線の市役所を目指す');
    await expect(main).toContainText('市民目線とは、将来世代の市民も含め、価値の最大化を目指すもの');
    const history = main.getByRole('region', { name: '改訂の履歴' });
    await expect(history.getByRole('heading', { level: 3, name: /第1版/u })).toBeVisible();
    await expect(history).toContainText('現行');
  });

  test('principles: index and a principle page with its self-check questions', async ({ page }) => {
    await page.goto(sitePath('/principles/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('5つの綱領');
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
    await page.goto(sitePath('/principles/start-small/'));
    await expect(page).toHaveTitle(`小さく始めて、継続的に改善 | ${SITE_TITLE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('小さく始めて、継続的に改善');
    await expect(page.getByRole('heading', { level: 2, name: '振り返りの問い' })).toBeVisible();
  });

  test('handbook: index, chapter with sidebar, table of contents and chapter navigation', async ({ page }) => {
    await page.goto(sitePath('/handbook/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ハンドブック');
    await page.goto(sitePath('/handbook/management-meeting/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/経営会議/u);
    const sidebar = page.getByRole('navigation', { name: 'ハンドブックの章' });
    await expect(sidebar.locator('[aria-current="page"]')).toHaveAttribute('href', /management-meeting\/$/u);
    const toc = page.getByRole('navigation', { name: 'このページの内容' });
    const firstEntry = toc.getByRole('link').first();
    const target = (await firstEntry.getAttribute('href')) ?? '';
    await firstEntry.click();
    await expect(page.locator(target)).toBeInViewport();
    await expect(page.getByRole('navigation', { name: '前後の章' }).getByRole('link')).toHaveCount(2);
  });

  test('404: a Japanese page with ways back, served with status 404', async ({ page }) => {
    const response = await page.goto(sitePath('/no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
    await expect(page.locator('main').getByRole('link', { name: 'ホーム' })).toBeVisible();
  });
});
