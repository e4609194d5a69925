/**
 * Reading checks on every page type, at a phone (390 px) and a desktop
 * (1280 px) width, as a Japanese member of staff meets them:
 * - no paragraph, list item or table cell ends on a line of one character
 *   (「物差しで／す。」);
 * - a table whose cells wrap has no free space beside it (a column is never
 *   squeezed below its longest phrase while the page has room);
 * - no space after a full-width colon, no brackets nested inside brackets;
 * - way-finding: はじめての方へ and 用語集 in the header on every page, a
 *   table of contents on long principle pages, the handbook's chapters listed
 *   once on a phone, the prev/next pairs worded as pairs;
 * - no 「/」 key hint where there is no keyboard.
 * Lines are read from the layout (tests/e2e/support/lines.ts), not trusted
 * from the markup.
 */
import { expect, sitePath, test } from './support/fixtures.ts';
import { orphanLine, textLines } from './support/lines.ts';

/** One page of every type (and the pages with tables). */
export const PAGE_TYPES = [
  '/',
  '/posts/',
  '/posts/2025/',
  '/posts/chonai-blog-hajimemasu/',
  '/posts/gyomu-tanaoroshi/',
  '/tags/',
  '/tags/%E6%A5%AD%E5%8B%99%E6%94%B9%E5%96%84/',
  '/mission/',
  '/principles/',
  '/principles/real-problem/',
  '/principles/cost/',
  '/handbook/',
  '/handbook/why-reform/',
  '/handbook/citizen-reform-council/',
  '/handbook/next-steps/',
  '/handbook/print/',
  '/onboarding/',
  '/glossary/',
  '/search/?q=%E7%9B%AE%E5%AE%89%E7%AE%B1',
  '/accessibility/',
  '/404.html',
];

async function open(page: import('@playwright/test').Page, path: string): Promise<void> {
  await page.goto(sitePath(path));
  if (path.startsWith('/search/')) await expect(page.locator('[data-search-root="page"] .search-result').first()).toBeVisible({ timeout: 15_000 });
}

for (const width of [390, 1280]) {
  test.describe(`${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const path of PAGE_TYPES) {
      test(`no one-character last line, no squeezed table on ${path}`, async ({ page }) => {
        await open(page, path);
        const orphans = (await textLines(page))
          .map((block) => ({ block, last: orphanLine(block) }))
          .filter(({ last }) => last !== undefined)
          .map(({ block, last }) => `${block.where} ends with 「${last}」`);
        expect(orphans).toEqual([]);

        const squeezed = await page.locator('main table').evaluateAll((tables) =>
          tables.flatMap((table) => {
            const box = table.getBoundingClientRect();
            if (box.width === 0) return [];
            // The room the table may take: its scroll container, else its parent.
            const room = (table.parentElement?.clientWidth ?? box.width) - 1;
            const inner = (table.querySelector('tbody, thead, tr') ?? table).getBoundingClientRect().width;
            const wrapped = [...table.querySelectorAll('th, td')].filter((cell) => {
              const range = document.createRange();
              range.selectNodeContents(cell);
              const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              return tops.size > 1;
            });
            return wrapped.length > 0 && inner < room - 8
              ? [`「${wrapped[0]!.textContent?.trim()}」 wraps while ${Math.round(room - inner)} px are free`]
              : [];
          }),
        );
        expect(squeezed).toEqual([]);
      });
    }

    test('punctuation: no space after a full-width colon, no brackets inside brackets', async ({ page }) => {
      for (const path of PAGE_TYPES) {
        await open(page, path);
        const text = await page.locator('main').innerText();
        expect(text.match(/.{0,12}：[ \u3000]+.{0,8}/gu) ?? [], path).toEqual([]);
        expect(text.match(/（[^（）\n]*（[^）\n]*）[^（）\n]*）/gu) ?? [], path).toEqual([]);
        expect(text.match(/[）」][ \u3000]+[\u3040-\u30ff\u4e00-\u9fff]/gu) ?? [], path).toEqual([]);
      }
    });

    test('way-finding: はじめての方へ and 用語集 in the header of every page', async ({ page }) => {
      for (const path of ['/', '/posts/gyomu-tanaoroshi/', '/principles/cost/', '/handbook/why-reform/', '/mission/']) {
        await open(page, path);
        const nav = page.getByRole('navigation', { name: 'サイト内の主なページ' });
        for (const name of ['はじめての方へ', '用語集']) {
          const link = nav.getByRole('link', { name, exact: true });
          await expect(link, `${path}: ${name}`).toBeVisible();
          // On one line: a two-line nav item reads as two items.
          const lines = await link.evaluate((a) => new Set([...a.getClientRects()].map((r) => Math.round(r.top))).size);
          const height = await link.evaluate((a) => a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).lineHeight));
          expect(lines === 1 && height < 1.9, `${path}: ${name} on one line`).toBe(true);
        }
      }
    });

    test('way-finding: long principle pages have a table of contents at this width', async ({ page }) => {
      await open(page, '/principles/real-problem/');
      const tocs = page.locator('main nav.toc');
      const visible = await tocs.evaluateAll((navs) => navs.filter((nav) => nav.checkVisibility()).length);
      expect(visible).toBe(1);
      await expect(tocs.filter({ visible: true }).getByRole('link', { name: '背景' })).toBeVisible();
    });

    test('way-finding: the handbook index lists each chapter once on a phone', async ({ page }) => {
      test.skip(width > 390, 'wide screens keep the chapter sidebar beside the text');
      await open(page, '/handbook/');
      const hrefs = await page.locator('main a[href*="/handbook/"]').evaluateAll((links) =>
        links.filter((link) => link.checkVisibility()).map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
      const chapters = hrefs.filter((href) => /\/handbook\/[^/]+\/$/u.test(href) && !href.endsWith('/print/'));
      expect(chapters.length).toBeGreaterThan(5);
      expect(chapters).toEqual([...new Set(chapters)]);
    });

    test('prev/next links are worded as pairs', async ({ page }) => {
      for (const path of ['/posts/kakubusho-wo-mawatte/', '/principles/start-small/', '/handbook/management-meeting/']) {
        await open(page, path);
        const labels = await page.locator('.prev-next__dir').allInnerTexts();
        expect(labels.length, path).toBe(2);
        const words = labels.map((label) => label.replace(/[←→\s]/gu, ''));
        const pairs = [['古い記事', '新しい記事'], ['前の綱領', '次の綱領'], ['前の章', '次の章']];
        expect(pairs.some((pair) => pair.join() === words.join()), `${path}: ${words.join(' / ')}`).toBe(true);
      }
    });
  });
}

test.describe('phones', () => {
  test.use({ viewport: { width: 390, height: 900 }, hasTouch: true, isMobile: true });
  test('the search button shows no 「/」 key hint', async ({ page }) => {
    await open(page, '/');
    const button = page.getByRole('button', { name: /サイト内を検索/u });
    await expect(button).toBeVisible();
    await expect(button.locator('kbd')).toBeHidden();
  });
});
