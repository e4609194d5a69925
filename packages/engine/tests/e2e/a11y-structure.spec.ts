/**
 * Structure of every built page (dist/**.html), without a browser: titles
 * that are unique and meaningful, exactly one h1, no skipped heading levels,
 * headers in every table, alt on every image, link text that makes sense
 * alone, and lang on passages that are not Japanese. Runs after the build
 * (with the browser tests) because it reads dist/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml, type HtmlElement } from './support/html.ts';
import { expect, test } from './support/fixtures.ts';

const DIST = path.resolve('dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

interface Page {
  file: string;
  root: ReturnType<typeof parseHtml>;
}

function loadPages(): Page[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first / 先に npm run build を実行してください');
  return (
    htmlFiles(DIST)
      // The editor (/admin/) is an application shell that Decap CMS draws at run time, for editors, not a reader page.
      .filter((file) => !path.relative(DIST, file).startsWith(`admin${path.sep}`))
      .sort()
      .map((file) => ({ file: path.relative(DIST, file), root: parseHtml(readFileSync(file, 'utf8')) }))
  );
}

const pages = loadPages();
/** Text a screen reader announces for a link: aria-label, else its text and images' alt. */
const accessibleName = (el: HtmlElement): string =>
  (el.attr('aria-label') ?? `${el.text} ${el.all('img').map((img) => img.attr('alt') ?? '').join(' ')}`)
    .replace(/\s+/gu, ' ')
    .trim();

test.describe('structure of every built page', () => {
  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  test('every page has a non-empty title, and no two pages share one', () => {
    const byTitle = new Map<string, string[]>();
    for (const { file, root } of pages) {
      const title = root.one('title')?.text.trim() ?? '';
      expect(title, `${file}: <title>`).not.toBe('');
      byTitle.set(title, [...(byTitle.get(title) ?? []), file]);
    }
    const duplicates = [...byTitle].filter(([, files]) => files.length > 1);
    expect(duplicates, 'titles used by more than one page').toEqual([]);
  });

  test('every page is in Japanese and has exactly one h1', () => {
    for (const { file, root } of pages) {
      expect(root.one('html')?.attr('lang'), `${file}: <html lang>`).toBe('ja');
      const h1 = root.all('h1');
      expect(h1.length, `${file}: number of h1`).toBe(1);
      expect(h1[0]?.text.trim(), `${file}: h1 text`).not.toBe('');
    }
  });

  test('headings never skip a level (h2 → h4) and are never empty', () => {
    for (const { file, root } of pages) {
      // A closed <dialog> (the search dialog) is a separate, modal context with its own outline.
      const levels = root
        .all('h1, h2, h3, h4, h5, h6')
        .filter((h) => !h.closest('dialog'))
        .map((h) => ({ level: Number(h.tag[1]), text: h.text.trim() }));
      let previous = 0;
      for (const heading of levels) {
        expect(heading.text, `${file}: empty h${heading.level}`).not.toBe('');
        expect(heading.level, `${file}: "${heading.text}" (h${heading.level}) after h${previous}`).toBeLessThanOrEqual(previous + 1);
        previous = heading.level;
      }
    }
  });

  test('every table has header cells, with scope where the table has both row and column headers', () => {
    for (const { file, root } of pages) {
      for (const table of root.all('table')) {
        const headers = table.all('th');
        expect(headers.length, `${file}: a table without <th>`).toBeGreaterThan(0);
        const rowHeaders = table.all('tbody th');
        if (rowHeaders.length > 0) {
          for (const th of headers) expect(th.attr('scope'), `${file}: <th>${th.text}</th> needs scope`).toMatch(/^(row|col)$/u);
        }
      }
    }
  });

  test('every image has an alt attribute (empty only for decoration)', () => {
    for (const { file, root } of pages) {
      for (const img of root.all('img')) {
        expect(img.has('alt'), `${file}: <img src="${img.attr('src')}"> has no alt`).toBe(true);
      }
    }
  });

  test('link text makes sense alone: the same text never leads to different places', () => {
    for (const { file, root } of pages) {
      const targets = new Map<string, Set<string>>();
      for (const link of root.all('a[href]')) {
        const name = accessibleName(link);
        expect(name, `${file}: a link to ${link.attr('href')} has no text`).not.toBe('');
        // In-page links (table of contents) repeat their heading's text by design.
        if (link.attr('href')?.startsWith('#')) continue;
        targets.set(name, (targets.get(name) ?? new Set()).add(link.attr('href') ?? ''));
      }
      const ambiguous = [...targets].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `${name} → ${[...hrefs].join(', ')}`);
      expect(ambiguous, `${file}: same link text, different targets`).toEqual([]);
    }
  });

  test('passages in English (three or more words) are marked with lang', () => {
    const englishRun = /[A-Za-z]{2,}(?:[ ,.'’-]+[A-Za-z]{2,}){2,}/u;
    for (const { file, root } of pages) {
      for (const el of root.all('body *')) {
        if (['script', 'style', 'code', 'pre'].includes(el.tag)) continue;
        // Only the element's own text, not its children's.
        const own = el.ownText;
        if (!englishRun.test(own)) continue;
        let lang = '';
        for (let node: HtmlElement | undefined = el; node && !lang; node = node.parent) lang = node.attr('lang') ?? '';
        expect(lang, `${file}: "${own.trim().slice(0, 60)}" in <${el.tag}> needs lang="en"`).toMatch(/^en/u);
      }
    }
  });
});
