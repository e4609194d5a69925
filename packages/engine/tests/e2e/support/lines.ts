/**
 * Reading the lines of rendered text from the layout, for the reading checks
 * (tests/e2e/reading.spec.ts): for each block of text, where its lines break
 * and what its last line holds. Runs in the page (page.evaluate), so it sees
 * what a reader sees at that width: fonts, wrapping rules, text-wrap.
 */
import type { Page } from '@playwright/test';

export interface TextBlock {
  /** Tag and class of the block, and the start of its text: says where to look. */
  where: string;
  /** The text of each line, in order. */
  lines: string[];
}

/** Blocks of running text: paragraphs, list items, table cells, definitions. */
const TEXT_BLOCKS = 'main p, main li, main dd, main td, main th, main figcaption, main blockquote';

/**
 * The lines of every visible text block matching `selector` that holds no
 * other block (a list item with a nested list is measured through its parts).
 */
export async function textLines(page: Page, selector = TEXT_BLOCKS): Promise<TextBlock[]> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate((selector) => {
    const out: Array<{ where: string; lines: string[] }> = [];
    const isBlock = (el: Element) => !getComputedStyle(el).display.startsWith('inline');
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (!element.checkVisibility() || element.getBoundingClientRect().width <= 1) continue;
      if ([...element.querySelectorAll('*')].some((child) => isBlock(child) && child.textContent?.trim())) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const lines: string[] = [];
      let lastTop: number | undefined;
      let lastHeight = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        // Text inside an element hidden from view (a badge's hidden part) is not on any line.
        if (node.parentElement && !node.parentElement.checkVisibility()) continue;
        for (let i = 0; i < value.length; i++) {
          const char = value[i] ?? '';
          if (/\s/u.test(char)) {
            if (lines.length > 0) lines[lines.length - 1] += ' ';
            continue;
          }
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (!rect) continue;
          if (lastTop === undefined || rect.top > lastTop + lastHeight / 2) {
            lines.push('');
            lastTop = rect.top;
            lastHeight = rect.height;
          }
          lines[lines.length - 1] += char;
        }
      }
      const trimmed = lines.map((line) => line.trim()).filter(Boolean);
      if (trimmed.length > 0) {
        const name = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`;
        out.push({ where: `${name} 「${trimmed.join('').slice(0, 24)}…」`, lines: trimmed });
      }
    }
    return out;
  }, selector);
}

/** Closing punctuation that may follow the last character on a line. */
const CLOSING = /[、。，．・：；！？」』）】〕…ー〜\-.,!?:;)\]]+$/u;

/**
 * A last line holding one character (plus closing punctuation) after a
 * longer paragraph: 「物差しで／す。」. One-line blocks are never orphans.
 */
export function orphanLine(block: TextBlock): string | undefined {
  if (block.lines.length < 2) return undefined;
  const last = block.lines.at(-1)!;
  const bare = last.replace(CLOSING, '');
  return [...bare].length <= 1 ? last : undefined;
}
