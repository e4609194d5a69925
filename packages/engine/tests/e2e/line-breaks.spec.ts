/**
 * Japanese line breaking: on every main page type, at phone and desktop
 * widths, headings, the mission statement, cards, navigation and the print
 * cover wrap only between BudouX phrases (or at spaces), never inside a word
 * such as 「市／役所」 or 「サー／ビス」. Line breaks are read from the layout
 * (Range.getClientRects per character), the allowed places computed in Node
 * from the text alone, so the test does not trust the markup it checks.
 */
import { expect, sitePath, test } from './support/fixtures.ts';
import { PHRASE_SELECTOR, phraseBoundaries } from '../../src/site/phraseBreaks.ts';

const PAGES = [
  '/',
  '/posts/',
  '/posts/2025/',
  '/posts/digital-meyasubako/',
  '/posts/atarashii-pc-to-tool/',
  '/mission/',
  '/principles/',
  '/principles/real-problem/',
  '/handbook/',
  '/handbook/spreading-the-mission/',
  '/handbook/print/',
  '/tags/',
  '/onboarding/',
  '/glossary/',
  // Tables and the mission history: cells and definitions wrap between phrases too.
  '/handbook/citizen-reform-council/',
  '/accessibility/',
];

interface Measured {
  text: string;
  breaks: number[];
  /** Offsets where a new block (or <br>) starts: lines end there anyway. */
  blocks: number[];
  where: string;
}

/** Punctuation after which (or brackets before which) Japanese may always wrap. */
const AFTER_PUNCTUATION = /[、。，．・：；！？）」』】〕→]$/u;
const BEFORE_BRACKET = /^[（「『【〔←]/u;

for (const width of [390, 1280]) {
  test.describe(`${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of PAGES) {
      test(`no word broken across lines on ${path}`, async ({ page }) => {
        await page.goto(sitePath(path));
        await page.evaluate(() => document.fonts.ready);
        const measured: Measured[] = await page.evaluate((selector) => {
          const out: Array<{ text: string; breaks: number[]; blocks: number[]; where: string }> = [];
          const blockOf = (node: Node): Element | null => {
            for (let el = node.parentElement; el; el = el.parentElement) {
              if (!getComputedStyle(el).display.startsWith('inline')) return el;
            }
            return null;
          };
          for (const element of document.querySelectorAll<HTMLElement>(selector)) {
            const box = element.getBoundingClientRect();
            if (!element.checkVisibility() || box.width <= 1 || box.height <= 1) continue;
            // Only the outermost element: a link inside a heading is measured with it.
            if (element.parentElement?.closest(selector)) continue;
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            let text = '';
            const breaks: number[] = [];
            const blocks: number[] = [];
            let lastBlock: Element | null = null;
            let lastTop: number | undefined;
            let lastHeight = 0;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const value = node.nodeValue ?? '';
              const block = blockOf(node);
              if (lastBlock && block !== lastBlock) blocks.push(text.length);
              if (value.trim()) lastBlock = block;
              for (let i = 0; i < value.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const rect = [...range.getClientRects()].find((r) => r.width > 0);
                if (rect && !/\s/u.test(value[i] ?? '')) {
                  if (lastTop !== undefined && rect.top > lastTop + lastHeight / 2) breaks.push(text.length + i);
                  lastTop = rect.top;
                  lastHeight = rect.height;
                }
              }
              text += value;
            }
            const where = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
            out.push({ text, breaks, blocks, where });
          }
          return out;
        }, PHRASE_SELECTOR);
        expect(measured.length, 'elements measured').toBeGreaterThan(0);
        const bad: string[] = [];
        for (const { text, breaks, blocks, where } of measured) {
          const allowed = new Set(phraseBoundaries(text));
          for (const at of breaks) {
            const before = text.slice(0, at).trimEnd();
            const after = text.slice(at);
            // A break after a space (or before one) is an ordinary word break.
            if (before.length < at || /^\s/u.test(after)) continue;
            if (blocks.some((b) => b <= at && !text.slice(b, at).trim())) continue;
            if (AFTER_PUNCTUATION.test(before) || BEFORE_BRACKET.test(after)) continue;
            // Latin text wraps at spaces; only Japanese needs phrases.
            if (!/[\u3040-\u30ff\u3400-\u9fff]/u.test(`${text[at - 1]}${text[at]}`)) continue;
            if (!allowed.has(at)) bad.push(`${where}: 「${text.slice(Math.max(0, at - 12), at).trim()}／${text.slice(at, at + 12).trim()}」`);
          }
        }
        expect(bad, 'lines broken inside a word').toEqual([]);
      });
    }
  });
}
