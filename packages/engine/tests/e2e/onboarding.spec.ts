/** The new hires' path (/onboarding/): order from content, reading times, progress kept in the browser. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, sitePath, test } from './support/fixtures.ts';

/** Step keys in the order content/onboarding.yaml lists them. */
const pathSteps: string[] = (
  parse(readFileSync('content/onboarding.yaml', 'utf8')) as { sections: Array<{ steps: Array<{ page: string }> }> }
).sections.flatMap((section) => section.steps.map((step) => step.page));
const total = pathSteps.length;

test('the home page’s はじめての方へ box leads to the path', async ({ page }) => {
  await page.goto(sitePath('/'));
  const box = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'はじめての方へ' }) });
  await box.getByRole('link', { name: 'はじめての方へのガイドを開く' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('はじめての方へ');
});

test('the path lists every step in content order, each with its reading time', async ({ page }) => {
  await page.goto(sitePath('/onboarding/'));
  const steps = page.locator('main li[data-step]');
  await expect(steps).toHaveCount(total);
  expect(await steps.evaluateAll((items) => items.map((item) => item.getAttribute('data-step')))).toEqual(pathSteps);
  // One ordered list numbering continues across sections: 1..N.
  const numbers = await page.locator('main ol').evaluateAll((lists) =>
    lists.flatMap((list) => [...list.children].map((_, index) => (list as HTMLOListElement).start + index)),
  );
  expect(numbers).toEqual(Array.from({ length: total }, (_, index) => index + 1));
  for (const step of await steps.all()) await expect(step).toContainText(/約\d+分/u);
  await expect(page.locator('main')).toContainText(new RegExp(`全${total}ステップ・合計 約\\d+分`, 'u'));
  await expect(steps.first().getByRole('link')).toHaveText('ミッション');
  // The principles come in their official order, right after the mission.
  await expect(steps.nth(1).getByRole('link')).toHaveText('本質的な課題の特定');
  await expect(steps.nth(5).getByRole('link')).toHaveText('コスト意識の徹底');
  await steps.nth(5).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('コスト意識の徹底');
});

test('staff who did not start the path see no step box on its pages', async ({ page }) => {
  for (const path of ['/mission/', '/principles/cost/']) {
    await page.goto(sitePath(path));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'はじめての方へ' }), path).toBeHidden();
  }
});

test('steps read with 「読んだ」 are marked 既読, the path counts them, and reset clears them', async ({ page }) => {
  await page.goto(sitePath('/onboarding/'));
  const progress = page.getByRole('region', { name: 'あなたの進み具合' });
  await expect(progress).toBeVisible();
  await expect(progress).toContainText(`${total}ステップ中 0ステップ既読`);
  await expect(page.locator('main li[data-step]').getByText('既読', { exact: true }).filter({ visible: true })).toHaveCount(0);

  // Step 1: the mission page says where it is on the path; opening it is not reading it.
  await page.locator('li[data-step="mission"]').getByRole('link').click();
  const mark = page.getByRole('complementary', { name: 'はじめての方へ' });
  await expect(mark).toContainText(`はじめての方へ ステップ1／${total}`);
  await expect(mark.getByText('既読', { exact: true })).toBeHidden();
  await mark.getByRole('button', { name: '読んだ' }).click();
  await expect(mark.getByText('既読', { exact: true })).toBeVisible();
  await expect(mark.getByRole('status')).toHaveText('このステップを既読にしました。');
  await expect(mark.getByRole('button', { name: '読んだ' })).toBeHidden();
  // …and leads on to step 2.
  await mark.getByRole('link', { name: '本質的な課題の特定' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('本質的な課題の特定');
  await expect(mark).toContainText(`ステップ2／${total}`);
  await mark.getByRole('button', { name: '読んだ' }).click();
  await expect(mark.getByText('既読', { exact: true })).toBeVisible();

  await mark.getByRole('link', { name: /はじめての方へ/u }).click();
  await expect(progress).toContainText(`${total}ステップ中 2ステップ既読`);
  await expect(progress.getByText('すべてのステップを読み終えました', { exact: false })).toBeHidden();
  await expect(page.locator('progress')).toHaveJSProperty('value', 2);
  for (const key of ['mission', 'principles/real-problem']) {
    await expect(page.locator(`li[data-step="${key}"]`).getByText('既読', { exact: true })).toBeVisible();
  }
  await expect(page.locator('li[data-step="principles/cost"]').getByText('既読', { exact: true })).toBeHidden();

  // Coming back with the browser's back button counts the step just read too.
  const post = pathSteps.find((key) => key.startsWith('posts/'))!;
  await page.locator(`li[data-step="${post}"]`).getByRole('link').click();
  await mark.getByRole('button', { name: '読んだ' }).click();
  await expect(mark.getByText('既読', { exact: true })).toBeVisible();
  await page.goBack();
  await expect(progress).toContainText(`${total}ステップ中 3ステップ既読`);

  // It survives a reload (kept in this browser) until the reader resets it.
  await page.reload();
  await expect(progress).toContainText(`${total}ステップ中 3ステップ既読`);
  await progress.getByRole('button', { name: '進み具合をリセット' }).click();
  await expect(progress).toContainText(`${total}ステップ中 0ステップ既読`);
  await expect(progress.getByRole('status')).toHaveText('進み具合をリセットしました。');
  await expect(page.locator('main li[data-step]').getByText('既読', { exact: true }).filter({ visible: true })).toHaveCount(0);
  await page.reload();
  await expect(progress).toContainText(`${total}ステップ中 0ステップ既読`);
});

test('without JavaScript the path is a plain ordered list, with no progress UI', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  // Same no-outside-requests rule as the shared fixture.
  const external: string[] = [];
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === new URL(baseURL!).origin ? route.continue() : (external.push(route.request().url()), route.abort()),
  );
  const page = await context.newPage();
  await page.goto(sitePath('/onboarding/'));
  await expect(page.locator('main ol > li')).toHaveCount(total);
  await expect(page.getByRole('region', { name: 'あなたの進み具合' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '進み具合をリセット' })).toBeHidden();
  await expect(page.getByText('既読', { exact: true }).filter({ visible: true })).toHaveCount(0);
  await page.goto(sitePath('/mission/'));
  // Progress needs the reader's browser to remember the path: without JavaScript, no step box.
  await expect(page.getByRole('complementary', { name: 'はじめての方へ' })).toBeHidden();
  await expect(page.getByText('既読', { exact: true })).toBeHidden();
  await context.close();
  expect(external).toEqual([]);
});

test('pages not on the path carry no step box', async ({ page }) => {
  await page.goto(sitePath('/posts/keiei-kaigi/'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'はじめての方へ' })).toHaveCount(0);
});

test('a principle page ends with its self-check questions, then the posts that put it into practice', async ({ page }) => {
  await page.goto(sitePath('/principles/cost/'));
  // The article's own sections, not the table of contents shown beside it on wide screens.
  const headings = await page
    .locator('main h2')
    .evaluateAll((nodes) => nodes.filter((h) => !h.closest('aside')).map((h) => h.textContent?.trim() ?? ''));
  const questions = headings.indexOf('振り返りの問い');
  const posts = headings.indexOf('この綱領に触れた記事');
  expect(questions).toBeGreaterThanOrEqual(0);
  expect(posts).toBe(questions + 1);
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'この綱領に触れた記事' }) });
  await expect(section.getByRole('link', { name: '交付金の活用とコスト意識' })).toBeVisible();
});
