/**
 * Accessibility suite (JIS X 8341-3:2016 AA / WCAG 2.1 AA), run on every
 * page type of the built site:
 * - axe-core with the WCAG 2.0/2.1 A and AA rules, in light and dark schemes;
 * - keyboard: skip link, visible focus on every focusable element, controls
 *   operable with the keyboard;
 * - reflow at 320 CSS px and text enlarged to 200 %.
 *
 * To cover a new page type, add one row to PAGE_TYPES. With A11Y_REPORT_DIR
 * set (by `npm run a11y:report`), every axe run also writes a summary that
 * src/cli/a11yReport.ts merges into the report shown on /accessibility/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, sitePath, test } from './support/fixtures.ts';
import { AXE_TAGS, type AxeRun } from '../../src/site/a11yReport.ts';
import { AA_NON_TEXT, contrastRatio, parseCssColor } from '../support/contrast.ts';

interface PageType {
  /** Japanese name, as shown in the report on /accessibility/. */
  name: string;
  path: string;
  /** Brings the page into the state to check (e.g. open a dialog). */
  setup?: (page: Page) => Promise<void>;
  /**
   * A transient state (an open tooltip or dialog) checked by axe only: the
   * keyboard walk and reflow checks run on the page's resting state.
   */
  axeOnly?: boolean;
}

const PAGE_TYPES: PageType[] = [
  { name: 'ホーム', path: '/' },
  { name: '記事一覧', path: '/posts/' },
  { name: '記事', path: '/posts/gyomu-tanaoroshi/' },
  { name: 'タグ一覧', path: '/tags/' },
  { name: 'タグ別の記事（日本語のタグ）', path: '/tags/業務改善/' },
  { name: 'ミッション', path: '/mission/' },
  { name: '綱領の一覧', path: '/principles/' },
  { name: '綱領', path: '/principles/real-problem/' },
  { name: 'ハンドブック', path: '/handbook/' },
  { name: 'ハンドブックの章', path: '/handbook/citizen-reform-council/' },
  { name: 'ウェブアクセシビリティ方針', path: '/accessibility/' },
  { name: 'ページが見つかりません（404）', path: '/no-such-page/' },
  { name: '検索（ダイアログで結果を表示）', path: '/', setup: openSearchWithResults, axeOnly: true },
  { name: '検索ページ（結果と絞り込み）', path: '/search/?q=目安箱', setup: waitForSearchAnswer },
  { name: '検索ページ（該当なし）', path: '/search/?q=該当しない言葉ぬ', setup: waitForSearchAnswer },
  { name: 'はじめての方へ', path: '/onboarding/' },
  { name: 'はじめての方へ（1ステップ既読）', path: '/mission/', setup: visitedFromPath },
  { name: '用語集', path: '/glossary/' },
  { name: '用語の説明を表示した記事', path: '/posts/kofukin-to-cost-ishiki/', setup: focusFirstTerm, axeOnly: true },
  { name: '印刷用ハンドブック', path: '/handbook/print/' },
  { name: '年別の記事', path: '/posts/2025/' },
  { name: '更新情報', path: '/updates/' },
  { name: '記事一覧（前回の訪問以降の新着あり）', path: '/posts/', setup: returningReader },
];

const SCHEMES = ['light', 'dark'] as const;
/** Page types in their resting state, for keyboard and reflow checks. */
const RESTING_PAGE_TYPES = PAGE_TYPES.filter((pageType) => !pageType.axeOnly);

async function openSearchWithResults(page: Page): Promise<void> {
  await page.getByRole('button', { name: /サイト内を検索/u }).click();
  const dialog = page.getByRole('dialog', { name: 'サイト内検索' });
  await dialog.getByRole('searchbox', { name: '検索する言葉' }).fill('目安箱');
  await expect(dialog.getByRole('list', { name: '検索結果' }).getByRole('listitem').first()).toBeVisible();
}

async function waitForSearchAnswer(page: Page): Promise<void> {
  // /search/?q= runs the query after load; check the page once it has answered.
  await expect(page.locator('[data-search-root="page"] [data-search-status]')).toHaveText(/件|見つかりません|ありません/u);
}

async function returningReader(page: Page): Promise<void> {
  // A previous visit long ago, as src/client/newSince.ts stores it: every post is 新着.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.startsWith('new-since:'))!;
    localStorage.setItem(key, JSON.stringify({ previous: Date.parse('2000-01-01T00:00:00Z'), last: 0, read: [] }));
  });
  await page.reload();
  await expect(page.getByRole('button', { name: 'すべて既読にする' })).toBeVisible();
}

async function visitedFromPath(page: Page): Promise<void> {
  // The mission is step 1 of the onboarding path: a reader who started at
  // /onboarding/ sees the step box, presses 「読んだ」, and gets the 既読 mark.
  await page.goto(sitePath('/onboarding/'));
  await page.goto(sitePath('/mission/'));
  const step = page.locator('[data-onboarding-step]');
  const markRead = step.getByRole('button', { name: '読んだ' });
  const done = step.getByText('既読', { exact: true });
  // Tests that visit every page type in both schemes come here twice with one
  // browser storage: the second time the step is already read.
  await expect.poll(async () => (await markRead.isVisible()) || (await done.isVisible())).toBe(true);
  if (await markRead.isVisible()) await markRead.click();
  // Checked at rest, as a reader coming back finds it (focus at the start of the page).
  await page.reload();
  await expect(page.locator('[data-onboarding-step]').getByText('既読', { exact: true })).toBeVisible();
}

async function focusFirstTerm(page: Page): Promise<void> {
  await page.locator('[data-term] a, a[data-term]').first().focus();
}

async function open(page: Page, pageType: PageType): Promise<void> {
  const response = await page.goto(sitePath(encodeURI(pageType.path)));
  // The 404 page is served with status 404; every other page must exist.
  if (!pageType.path.startsWith('/no-such')) expect(response?.status(), pageType.path).toBe(200);
  if (pageType.setup) await pageType.setup(page);
}

test.describe('axe-core: no WCAG 2.0/2.1 A or AA violations', () => {
  for (const [order, pageType] of PAGE_TYPES.entries()) {
    for (const scheme of SCHEMES) {
      test(`${pageType.name} (${pageType.path}) in the ${scheme} scheme`, async ({ page }, testInfo) => {
        await page.emulateMedia({ colorScheme: scheme });
        await open(page, pageType);
        const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
        const run: AxeRun = {
          order,
          name: pageType.name,
          path: pageType.path,
          scheme,
          axeVersion: results.testEngine.version,
          violations: results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, nodes: v.nodes.length })),
          passes: results.passes.length,
          incomplete: results.incomplete.length,
        };
        const reportDir = process.env.A11Y_REPORT_DIR;
        if (reportDir) {
          mkdirSync(reportDir, { recursive: true });
          const file = `axe-${testInfo.testId}.json`;
          writeFileSync(path.join(reportDir, file), JSON.stringify(run));
        }
        const readable = results.violations.map((v) => ({
          rule: v.id,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
        }));
        expect(readable, `axe violations on ${pageType.path} (${scheme})`).toEqual([]);
      });
    }
  }
});

/** Elements a keyboard user must be able to reach, as the page declares them. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

interface FocusState {
  key: string;
  label: string;
  outline: string;
  outlineWidth: number;
  outlineColor: string;
  outlineOffset: number;
  boxShadow: string;
  /** Effective background behind the focus ring (first opaque ancestor). */
  behind: string;
  inViewport: boolean;
}

/** Describe document.activeElement: its identity and its focus indicator. */
async function activeFocus(page: Page): Promise<FocusState | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const all = [...document.querySelectorAll('*')];
    const style = getComputedStyle(el);
    let behind = 'rgb(255, 255, 255)';
    for (let node = el.parentElement; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg !== 'transparent' && !/rgba\(.*,\s*0\)$/u.test(bg)) {
        behind = bg;
        break;
      }
    }
    const rect = el.getBoundingClientRect();
    return {
      key: `${el.tagName}#${all.indexOf(el)}`,
      label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      outline: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      outlineOffset: Number.parseFloat(style.outlineOffset),
      boxShadow: style.boxShadow,
      behind,
      inViewport: rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth,
    };
  });
}

test.describe('keyboard', () => {
  test('the skip link is the first stop, becomes visible and moves focus to the main content', async ({ page }) => {
    await page.goto(sitePath('/posts/gyomu-tanaoroshi/'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '本文へ移動' });
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box, 'skip link is rendered').not.toBeNull();
    expect(box!.y, 'skip link is on screen when focused').toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    expect(inMain, 'Tab after the skip link lands inside <main>').toBe(true);
  });

  for (const pageType of RESTING_PAGE_TYPES) {
    for (const scheme of SCHEMES) {
      test(`${pageType.name}: Tab reaches every control, each with a visible focus ring of 3:1 (${scheme})`, async ({ page }) => {
        // Smooth scrolling would make "scrolled into view" depend on timing.
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await open(page, pageType);
        const expected = await page.locator(FOCUSABLE).evaluateAll((nodes) => {
          const all = [...document.querySelectorAll('*')];
          return nodes
            .filter((n) => {
              const el = n as HTMLElement;
              // Closed <details> content and display:none elements are not in the tab order.
              return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('details:not([open]) > :not(summary)');
            })
            .map((n) => `${n.tagName}#${all.indexOf(n)}`);
        });
        expect(expected.length, 'the page has focusable elements').toBeGreaterThan(0);
        const reached: string[] = [];
        // One extra Tab: focus must leave the last control (no keyboard trap).
        for (let i = 0; i <= expected.length; i += 1) {
          await page.keyboard.press('Tab');
          const focus = await activeFocus(page);
          if (!focus || reached.includes(focus.key)) break;
          reached.push(focus.key);
          const ring = focus.outline !== 'none' && focus.outlineWidth >= 2;
          const shadow = focus.boxShadow !== 'none';
          expect(ring || shadow, `${focus.label} shows a focus indicator`).toBe(true);
          expect(focus.inViewport, `${focus.label} is scrolled into view when focused`).toBe(true);
          if (ring) {
            const ratio = contrastRatio(parseCssColor(focus.outlineColor), parseCssColor(focus.behind));
            expect(ratio, `${focus.label}: focus ring vs background`).toBeGreaterThanOrEqual(AA_NON_TEXT);
            expect(focus.outlineOffset, `${focus.label}: ring sits outside the element`).toBeGreaterThan(0);
          }
        }
        expect(reached.sort(), 'every focusable element is reached by Tab, once').toEqual([...expected].sort());
      });
    }
  }

  test('controls work from the keyboard: links follow on Enter, disclosure toggles on Enter and Space', async ({ page }) => {
    await page.goto(sitePath('/accessibility/'));
    const summary = page.locator('main summary').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main details').first()).toHaveAttribute('open', '');
    await page.keyboard.press('Space');
    await expect(page.locator('main details').first()).not.toHaveAttribute('open', '');
    // A header link followed with the keyboard.
    await page.getByRole('navigation', { name: 'サイト内の主なページ' }).getByRole('link', { name: '綱領' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/principles\/$/u);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('5つの綱領');
  });

  test('buttons and form fields have borders or fills of 3:1 against their surroundings', async ({ page }) => {
    test.setTimeout(180_000); // visits every page type in both schemes
    // Applies to every control on every page type; pages without controls pass trivially
    // until the search box and other features add theirs.
    for (const pageType of RESTING_PAGE_TYPES) {
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        await open(page, pageType);
        const controls = await page.locator('button, input:not([type="hidden"]), select, textarea').evaluateAll((nodes) =>
          nodes
            .filter((n) => (n as HTMLElement).getClientRects().length > 0)
            .map((n) => {
              const style = getComputedStyle(n);
              let behind = 'rgb(255, 255, 255)';
              for (let node = n.parentElement; node; node = node.parentElement) {
                const bg = getComputedStyle(node).backgroundColor;
                if (bg !== 'transparent' && !/rgba\(.*,\s*0\)$/u.test(bg)) {
                  behind = bg;
                  break;
                }
              }
              return {
                label: `${n.tagName.toLowerCase()} ${n.getAttribute('aria-label') ?? n.textContent?.trim() ?? ''}`,
                border: Number.parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' ? style.borderTopColor : null,
                fill: style.backgroundColor,
                behind,
              };
            }),
        );
        for (const control of controls) {
          const behind = parseCssColor(control.behind);
          const fill = parseCssColor(control.fill);
          const best = Math.max(
            control.border ? contrastRatio(parseCssColor(control.border), behind) : 1,
            fill.alpha === 1 ? contrastRatio(fill, behind) : 1,
          );
          expect(best, `${pageType.path} (${scheme}) ${control.label}: boundary contrast`).toBeGreaterThanOrEqual(AA_NON_TEXT);
        }
      }
    }
  });
});

/** Width of the page's content vs the viewport, and whether overflow is being hidden to fake it. */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const html = document.documentElement;
    const clipped = [html, document.body].some((el) => ['hidden', 'clip'].includes(getComputedStyle(el).overflowX));
    // Elements sticking out to the right, outside any scroll container of their own.
    const offenders = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.right <= html.clientWidth + 1) return false;
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return false;
        }
        return !el.closest('.visually-hidden, .skip-link');
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: html.scrollWidth, clientWidth: html.clientWidth, clipped, offenders };
  });
}

/** Pairs of text fragments (line boxes of different text nodes) that overlap on screen. */
async function overlappingText(page: Page) {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const boxes: Array<{ text: string; rect: DOMRect }> = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent || parent.closest('script, style, .visually-hidden, .skip-link, details:not([open])')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0 && rect.height > 0) boxes.push({ text: node.textContent.trim().slice(0, 20), rect });
      }
    }
    const overlaps: string[] = [];
    const tolerance = 2;
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!.rect;
        const b = boxes[j]!.rect;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > tolerance && y > tolerance) overlaps.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
      }
    }
    return overlaps.slice(0, 5);
  });
}

test.describe('reflow and zoom', () => {
  for (const pageType of RESTING_PAGE_TYPES) {
    test(`${pageType.name}: at 320 CSS px nothing scrolls sideways and no text overlaps`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await open(page, pageType);
      const overflow = await horizontalOverflow(page);
      expect(overflow.clipped, 'html/body do not hide horizontal overflow').toBe(false);
      expect(overflow.offenders, 'elements wider than the viewport').toEqual([]);
      expect(overflow.scrollWidth, 'page width at 320px').toBeLessThanOrEqual(overflow.clientWidth);
      expect(await overlappingText(page), 'overlapping text at 320px').toEqual([]);
    });

    test(`${pageType.name}: text at 200 % stays readable (no sideways scroll, no overlap, nothing clipped)`, async ({ page }) => {
      // 1280px window with only the text doubled (the "text size" setting of browsers).
      await page.setViewportSize({ width: 1280, height: 800 });
      await open(page, pageType);
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      const overflow = await horizontalOverflow(page);
      expect(overflow.offenders, 'elements wider than the viewport').toEqual([]);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      expect(await overlappingText(page), 'overlapping text at 200%').toEqual([]);
      const clipped = await page.evaluate(() =>
        [...document.body.querySelectorAll('*')]
          .filter((el) => {
            const style = getComputedStyle(el);
            if (!['hidden', 'clip'].includes(style.overflowY) && !['hidden', 'clip'].includes(style.overflowX)) return false;
            if (el.closest('.visually-hidden')) return false;
            return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
          })
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
      );
      expect(clipped, 'elements that cut off their text').toEqual([]);
    });
  }
});
