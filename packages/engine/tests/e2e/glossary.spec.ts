/** The glossary (/glossary/) and <Term> links in posts: definition on hover and on keyboard focus. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, sitePath, test } from './support/fixtures.ts';

const terms = (parse(readFileSync('content/glossary.yaml', 'utf8')) as { terms: Array<{ id: string; term: string; reading?: string }> }).terms;
/** Kana order: the reading, or a kana-only term itself; katakana counts as its hiragana. */
const kanaKey = (term: { term: string; reading?: string }) =>
  (term.reading ?? term.term).replace(/[\u30A1-\u30F6]/gu, (char) => String.fromCodePoint(char.codePointAt(0)! - 0x60));

test('the glossary lists every term in 五十音 order of its reading, each with an anchor', async ({ page }) => {
  await page.goto(sitePath('/glossary/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('用語集');
  const shown = await page.locator('.glossary-entry__term').allTextContents();
  expect(shown).toHaveLength(terms.length);
  // Kana order of the readings, whatever order the file lists them in.
  const collator = new Intl.Collator('ja');
  expect(shown).toEqual([...terms].sort((a, b) => collator.compare(kanaKey(a), kanaKey(b))).map((term) => term.term));
  expect(shown.indexOf('改革伴走チーム')).toBeLessThan(shown.indexOf('交付金'));
  expect(shown.indexOf('サービス設計12箇条')).toBeLessThan(shown.indexOf('三層分離'));
  expect(shown.indexOf('三層分離')).toBeLessThan(shown.indexOf('市民目線'));
  for (const name of ['三層分離', '交付金', '財政力指数', '人間中心設計', 'サービス設計12箇条', 'カスタマーサクセス', '市民目線', '綱領', '経営会議', '市民目線改革会議', '改革伴走チーム', 'デジタル目安箱', '超過勤務', '業務の棚卸し']) {
    expect(shown, name).toContain(name);
  }
  for (const term of terms) await expect(page.locator(`#term-${term.id}`)).toContainText(term.term);
  // The 行 index jumps to its section.
  await page.getByRole('navigation', { name: '五十音の索引' }).getByRole('link', { name: 'さ', exact: true }).click();
  await expect(page).toHaveURL(/#row-/u);
});

test('a marked term in a post links to its entry and explains itself on hover', async ({ page }) => {
  await page.goto(sitePath('/posts/kofukin-to-cost-ishiki/'));
  const link = page.locator('.prose').getByRole('link', { name: '交付金', exact: true });
  await expect(link).toHaveAttribute('href', /\/glossary\/#term-kofukin$/u);
  const tipId = await link.getAttribute('aria-describedby');
  const tip = page.locator(`[id="${tipId}"]`);
  await expect(tip).toHaveAttribute('role', 'tooltip');
  await expect(tip).toBeHidden();

  await link.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('国が特定の目的のために自治体へ交付するお金です。');
  // WCAG 1.4.13: the pointer can move onto the definition without it vanishing…
  await tip.hover();
  await expect(tip).toBeVisible();
  // …Esc dismisses it…
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  // …and it comes back on the next hover.
  await page.mouse.move(0, 0);
  await link.hover();
  await expect(tip).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();

  await link.click();
  await expect(page).toHaveURL(/\/glossary\/#term-kofukin$/u);
  await expect(page.locator('#term-kofukin')).toBeInViewport();
  await expect(page.locator('#term-kofukin')).toContainText('こうふきん');
});

test('keyboard users get the same definition on focus, and Esc dismisses it', async ({ page }) => {
  await page.goto(sitePath('/posts/sanso-bunri-minaoshi/'));
  const link = page.locator('.prose').getByRole('link', { name: '三層分離', exact: true });
  const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
  // Tab through the page until the term has focus, as a keyboard user would.
  for (let presses = 0; presses < 40 && !(await link.evaluate((node) => node === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('3つに分けて運用する仕組みです');
  await expect(link).toHaveAccessibleDescription(/三層分離/u);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(link).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(tip).toBeVisible();
});

test('a term written in kana alone shows no empty reading in its tip: 「カスタマーサクセス」, never 「カスタマーサクセス（）」', async ({ page }) => {
  // The glossary needs no reading for a kana-only term (rules/schemas.ts), so its tip has none to show.
  await page.goto(sitePath('/handbook/reform-support-team/'));
  const link = page.locator('.prose').getByRole('link', { name: 'カスタマーサクセス', exact: true });
  await expect(link).toHaveAccessibleDescription(/^カスタマーサクセス\s*顧客が製品やサービスを/u);
  // And no tip on any page of the fixture's terms shows an empty pair of brackets.
  for (const path of ['/handbook/reform-support-team/', '/posts/sanso-bunri-minaoshi/', '/handbook/why-reform/']) {
    await page.goto(sitePath(path));
    for (const tip of await page.locator('.term__tip').allTextContents()) expect(tip, path).not.toContain('（）');
  }
});
