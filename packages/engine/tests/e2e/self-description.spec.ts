/**
 * What the site says about itself must be true of the built site. The chapter
 * 「このサイトの使い方」 and the post 「庁内ブログの読み方」 describe the site to
 * staff; each claim they make is checked here against the pages, and a claim
 * that no page supports (「このページについて」) must not come back. Sample posts
 * say サンプル wherever they are linked, and the default build sends no
 * localhost address to the feedback form.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, sitePath, test } from './support/fixtures.ts';

const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === 'admin' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Slugs of the published posts: the folders under dist/posts/ that are not years or pages. */
function postSlugs(): string[] {
  return readdirSync(path.join(DIST, 'posts'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !/^\d+$/u.test(entry.name) && entry.name !== 'page')
    .map((entry) => entry.name);
}

test('the chapter and the post that describe the site say only what the site does', async ({ page }) => {
  // Both describe the site; their words are the claims tested below.
  await page.goto(sitePath('/handbook/using-this-site/'));
  const chapter = await page.locator('article').innerText();
  for (const claim of ['「固定」と表示され', '一覧の先頭', '「サンプル」と表示されます', '改訂の履歴', '振り返るための問い', 'このサイトによる解説', 'その綱領に触れたブログ記事', '「業務改善」「働き方」「財政」', '用語集', '「感想・質問を送る」']) {
    expect(chapter, claim).toContain(claim);
  }
  // No page offers a 「このページについて」 or promises the last update date there. (The updates
  // page and its feed quote the history, deleted sentences included: they are not the site's claims.)
  for (const file of htmlFiles().filter((file) => !file.includes(`${path.sep}updates${path.sep}`))) {
    expect(readFileSync(file, 'utf8'), file).not.toContain('このページについて');
  }

  // 新しいものから順に並び、固定された記事は「固定」と表示され、一覧の先頭に出る.
  await page.goto(sitePath('/posts/'));
  const cards = page.locator('main article');
  await expect(cards.first().getByTestId('pinned-badge')).toHaveText('固定');
  // サンプルの記事には「サンプル」と表示されます (every post of the default content is one).
  expect(await cards.count()).toBe(await cards.filter({ has: page.locator('.badge--sample') }).count());

  // Every post: its principles, its tags, 「感想・質問を送る」 below it, サンプル in the byline.
  for (const slug of postSlugs()) {
    await page.goto(sitePath(`/posts/${slug}/`));
    await expect(page.locator('.principle-badges a').first(), slug).toBeVisible();
    await expect(page.getByTestId('feedback-link'), slug).toHaveText(/感想・質問を送る/u);
    await expect(page.locator('.post-meta .badge--sample', { hasText: 'サンプル' }), slug).toHaveCount(1);
  }

  // ミッションのページ: 全文、普段の表現、補記、改訂の履歴（版・適用日・変更内容）.
  await page.goto(sitePath('/mission/'));
  const history = page.locator('.mission-history');
  await expect(history.getByRole('heading', { name: '改訂の履歴' })).toBeVisible();
  await expect(history).toContainText('第1版');
  await expect(history).toContainText('適用日');
  await expect(history).toContainText('変更内容');

  // 綱領のページ: このサイトによる解説、振り返りの問い、その綱領に触れた記事.
  await page.goto(sitePath('/principles/real-problem/'));
  await expect(page.locator('.callout--explanation').first()).toContainText('このサイトによる解説');
  await expect(page.getByRole('heading', { name: '振り返りの問い' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /に触れた記事/u })).toBeVisible();
  await expect(page.locator('main article').last()).toBeVisible();

  // タグ: the tags the chapter names exist.
  await page.goto(sitePath('/tags/'));
  for (const tag of ['業務改善', '働き方', '財政']) await expect(page.getByRole('link', { name: new RegExp(`#${tag}`, 'u') })).toBeVisible();

  // 検索: ブログ記事、ハンドブック、ミッションと綱領をまとめて探せる.
  await page.goto(sitePath('/search/'));
  const types = await page.getByRole('combobox', { name: '種類' }).locator('option').allTextContents();
  for (const type of ['ブログ', 'ハンドブック', 'ミッション', '綱領']) expect(types).toContain(type);

  // 用語集: a term in a text leads to its entry.
  await page.goto(sitePath('/handbook/why-reform/'));
  await page.locator('a.term__link').first().click();
  await expect(page).toHaveURL(/\/glossary\/#/u);
});

test('a sample post says サンプル wherever it is linked: glossary, prev/next, onboarding next step, search', async ({ page }) => {
  await page.goto(sitePath('/glossary/'));
  const toPosts = page.locator('.glossary-entry__related a[href*="/posts/"]');
  expect(await toPosts.count()).toBeGreaterThan(3);
  for (const link of await toPosts.all()) {
    await expect(link.locator('xpath=..').locator('.badge--sample'), (await link.textContent()) ?? '').toHaveText('サンプル');
  }

  await page.goto(sitePath('/posts/kakubusho-wo-mawatte/'));
  const neighbours = page.getByRole('navigation', { name: '前後の記事' }).getByRole('link');
  await expect(neighbours).toHaveCount(2);
  for (const link of await neighbours.all()) await expect(link.locator('.badge--sample')).toHaveText('サンプル');

  // The last chapter of the onboarding path's handbook part leads to a sample post.
  await page.goto(sitePath('/handbook/digital-suggestion-box/'));
  await expect(page.locator('.onboarding-mark__next a')).toHaveText('庁内ブログを始めます');
  await expect(page.locator('.onboarding-mark__next .badge--sample')).toHaveText('サンプル');
  await expect(page.locator('.onboarding-mark__next')).not.toContainText(': ');

  await page.goto(sitePath(`/search/?q=${encodeURIComponent('経営会議')}`));
  const result = page.locator('[data-search-root="page"] .search-result', { has: page.getByRole('link', { name: '経営会議で部署の壁を越える' }) });
  await expect(result.locator('.badge--sample')).toHaveText('サンプル');
  const chapter = page.locator('[data-search-root="page"] .search-result', { has: page.getByRole('link', { name: '経営会議', exact: true }) });
  await expect(chapter.locator('.badge--sample')).toHaveCount(0);
});

test('the default build sends no localhost address to a form, and says how many results it shows', async ({ page }) => {
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    for (const [, href] of html.matchAll(/href="(https?:\/\/forms\.[^"]*)"/gu)) {
      expect(decodeURIComponent(href!.replaceAll('&amp;', '&')), file).not.toMatch(/localhost|127\.0\.0\.1/u);
    }
  }
  await page.goto(sitePath('/posts/keiei-kaigi/'));
  const href = await page.getByTestId('feedback-link').getAttribute('href');
  expect(new URL(href!).searchParams.get('page')).toMatch(/^\/(.+\/)?posts\/keiei-kaigi\/$/u);

  // More results than one screen: the count says what is shown, not 「10件以上」.
  await page.goto(sitePath(`/search/?q=${encodeURIComponent('市民')}`));
  const status = page.locator('[data-search-root="page"] [role="status"]').first();
  await expect(status).toHaveText(/件/u, { timeout: 15_000 });
  await expect(status).not.toContainText('以上');
});
