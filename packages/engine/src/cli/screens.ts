/**
 * npm run screens: screenshots of every page type of the built site at a
 * phone (390 px) and a desktop (1280 px) width, light and dark, into
 * docs/screens/ — to look at the site as readers do, and to show it in the
 * README. Builds nothing: run `npm run build` first. Each image is the top of
 * the page (at most HEIGHT px), so the committed PNGs stay small.
 *
 *   npm run screens                     → docs/screens/*.png
 *   npm run screens -- --only post      → just the page types whose name contains "post"
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import * as upngModule from '@pdf-lib/upng';
import type UPNGType from '@pdf-lib/upng';
import { loadSiteConfig } from '../files/loadSiteConfig.ts';
import { normaliseBase } from '../rules/siteConfig.ts';
import { launchDrawingJapanese } from './chromium.ts';
import { serveDist } from './serveDist.ts';

// The package is Babel-compiled CommonJS: under Node's ESM loader its API is default.default.
const UPNG = (upngModule as unknown as { default: { default: typeof UPNGType } }).default.default;

/** 64-colour palette PNG: a third of the size, text still crisp (UI colours are flat). */
function shrinkPng(png: Buffer): Buffer {
  const image = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  const rgba = UPNG.toRGBA8(image)[0];
  if (!rgba) return png;
  return Buffer.from(UPNG.encode([rgba], image.width, image.height, 64));
}

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs/screens' },
    only: { type: 'string' },
  },
});
const distDir = path.resolve(values.dist);
const outDir = path.resolve(values.out);
const base = normaliseBase(loadSiteConfig().basePath);

/** The first page of each kind found in the build, by name. */
function firstChild(dir: string): string | undefined {
  const full = path.join(distDir, dir);
  if (!existsSync(full)) return undefined;
  return readdirSync(full, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(full, d.name, 'index.html')) && !/^\d+$/u.test(d.name))
    .map((d) => d.name)
    .sort()[0];
}

const post = firstChild('posts');
const principle = firstChild('principles');
const chapter = firstChild('handbook')?.replace(/^print$/u, '') || undefined;
const tag = firstChild('tags');
const year = existsSync(path.join(distDir, 'posts'))
  ? readdirSync(path.join(distDir, 'posts')).filter((d) => /^\d{4}$/u.test(d)).sort().at(-1)
  : undefined;

const PAGES: Array<[name: string, route: string | undefined]> = [
  ['home', ''],
  ['posts', 'posts/'],
  ['posts-year', year && `posts/${year}/`],
  ['post', post && `posts/${post}/`],
  ['mission', 'mission/'],
  ['principles', 'principles/'],
  ['principle', principle && `principles/${principle}/`],
  ['handbook', 'handbook/'],
  ['handbook-chapter', chapter && `handbook/${chapter}/`],
  ['handbook-print', 'handbook/print/'],
  ['onboarding', 'onboarding/'],
  ['glossary', 'glossary/'],
  ['tags', 'tags/'],
  ['tag', tag && `tags/${encodeURIComponent(tag)}/`],
  ['updates', 'updates/'],
  ['search', `search/?q=${encodeURIComponent('ミッション')}`],
  ['accessibility', 'accessibility/'],
  ['not-found', '404.html'],
];

const VIEWS = [
  { width: 390, height: 844, maxHeight: 1400, label: '390' },
  { width: 1280, height: 800, maxHeight: 1000, label: '1280' },
] as const;

if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error('dist/index.html がありません。先に npm run build を実行してください。\nThe build is missing: run npm run build first.');
  process.exit(1);
}
// Before the old pictures go: without a Japanese font the new ones would be boxes.
const browser = await launchDrawingJapanese(chromium);
mkdirSync(outDir, { recursive: true });
if (!values.only) {
  for (const file of readdirSync(outDir)) if (file.endsWith('.png')) rmSync(path.join(outDir, file));
}

const { server, origin } = await serveDist(distDir, base);
let written = 0;
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const view of VIEWS) {
      const context = await browser.newContext({
        viewport: { width: view.width, height: view.height },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      await context.route('**/*', (route) =>
        new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient'),
      );
      const page = await context.newPage();
      for (const [name, route] of PAGES) {
        if (route === undefined || (values.only && !name.includes(values.only))) continue;
        await page.goto(`${origin}${base}${route}`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        if (name === 'search') await page.locator('.search-result').first().waitFor({ timeout: 10_000 }).catch(() => {});
        const height = Math.min(
          view.maxHeight,
          await page.evaluate(() => document.documentElement.scrollHeight),
        );
        const file = path.join(outDir, `${name}-${view.label}-${scheme}.png`);
        const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: view.width, height } });
        writeFileSync(file, shrinkPng(png));
        written += 1;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${written} 枚のスクリーンショットを書き出しました / wrote ${written} screenshots to ${path.relative(process.cwd(), outDir)}/`);
