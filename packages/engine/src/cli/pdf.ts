/**
 * npm run pdf: print the built handbook (/handbook/print/) to an A4 PDF
 * with the project's Playwright and Chromium. Builds nothing: it serves the
 * existing dist/ on a free local port (no other request is allowed out),
 * prints, and writes the PDF's path. Without a Japanese font it refuses
 * (exit 1, nothing written): every character would print as a box.
 *
 *   npm run pdf                       → ./handbook.pdf
 *   npm run pdf -- --out paper.pdf    → ./paper.pdf
 *   npm run pdf -- --dist other-dist  → print another build
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { loadSiteConfig } from '../files/loadSiteConfig.ts';
import { normaliseBase } from '../rules/siteConfig.ts';
import { launchDrawingJapanese } from './chromium.ts';
import { outlineEntries, tocPages } from './pdfOutline.ts';
import { serveDist } from './serveDist.ts';

const PRINT_PAGE = 'handbook/print/';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'handbook.pdf' },
    dist: { type: 'string', default: 'dist' },
  },
});
const outFile = path.resolve(values.out);
const distDir = path.resolve(values.dist);
const base = normaliseBase(loadSiteConfig().basePath);

if (!existsSync(path.join(distDir, PRINT_PAGE, 'index.html'))) {
  console.error(
    `${path.relative(process.cwd(), distDir) || '.'}/${PRINT_PAGE}index.html がありません。先に npm run build を実行してください。\n` +
      `The built print page is missing: run npm run build first.`,
  );
  process.exit(1);
}

// Without a Japanese font every character would print as the same box: a PDF nobody can read,
// found out only on paper. Refuse before writing anything.
const browser = await launchDrawingJapanese(chromium);
const { server, origin } = await serveDist(distDir, base);
let tocNumbered: number;
try {
  const context = await browser.newContext();
  // Same guarantee as the site itself: nothing may be fetched from elsewhere.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  // A missing stylesheet would silently print US Letter without page breaks.
  const failed: string[] = [];
  page.on('response', (answer) => {
    if (answer.status() >= 400) failed.push(`${answer.status()} ${answer.url()}`);
  });
  const response = await page.goto(`${origin}${base}${PRINT_PAGE}`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${PRINT_PAGE} answered ${response?.status() ?? 'nothing'}`);
  await page.evaluate(() => document.fonts.ready);
  if (failed.length > 0) {
    throw new Error(
      `印刷ページの一部を読み込めませんでした（--dist と BASE_PATH が同じビルドか確認してください） / ` +
        `parts of the print page failed to load (check that --dist and BASE_PATH match the build):\n${failed.join('\n')}`,
    );
  }
  const options = { format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;
  // First print: where does each part start? Then write the page numbers into
  // the table of contents (one short number on each entry's own line, so the
  // pages do not move) and print again.
  const entries = outlineEntries(await PDFDocument.load(await page.pdf(options)));
  // A part (the principles, the handbook) is a group, not a section: it starts where its first entry does.
  const targets = await page.locator('.print-toc a[href^="#"]').evaluateAll((links) =>
    links.map((link) => {
      const target = document.getElementById(decodeURIComponent((link as HTMLAnchorElement).hash.slice(1)));
      return { part: target?.tagName !== 'SECTION', title: target?.querySelector('h2')?.textContent?.trim() ?? '' };
    }),
  );
  const sectionPages = tocPages(targets.filter((target) => !target.part).map((target) => target.title), entries);
  let next = 0;
  const numbers = targets.map((target) => (target.part ? undefined : sectionPages[next++]));
  for (let i = numbers.length - 1; i >= 0; i--) if (targets[i]!.part) numbers[i] = numbers[i + 1];
  tocNumbered = await page.locator('.print-toc a[href^="#"]').evaluateAll((links, numbers) => {
    links.forEach((link, index) => numbers[index] !== null && link.setAttribute('data-page', String(numbers[index])));
    return document.querySelectorAll('.print-toc a[data-page]').length;
  }, numbers.map((n) => n ?? null));
  await page.pdf({ ...options, path: outFile });
} finally {
  await browser.close();
  server.close();
}

const pages = (await PDFDocument.load(await readFile(outFile))).getPageCount();
console.log(`PDF を書き出しました（${pages}ページ、目次のページ番号 ${tocNumbered}件） / PDF written (${pages} pages, ${tocNumbered} contents entries numbered):\n${outFile}`);
