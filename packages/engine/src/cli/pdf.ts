/**
 * npm run pdf: print the built handbook (/handbook/print/) to an A4 PDF
 * with the project's Playwright and Chromium. Builds nothing: it serves the
 * existing dist/ on a free local port (no other request is allowed out),
 * prints, and writes the PDF's path.
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
import { chromiumLaunchOptions } from './chromium.ts';
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

const { server, origin } = await serveDist(distDir, base);
const browser = await chromium.launch(chromiumLaunchOptions());
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
  await page.pdf({ path: outFile, format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
} finally {
  await browser.close();
  server.close();
}

const pages = (await PDFDocument.load(await readFile(outFile))).getPageCount();
console.log(`PDF を書き出しました（${pages}ページ） / PDF written (${pages} pages):\n${outFile}`);
