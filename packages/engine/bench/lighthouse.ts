/**
 * Lighthouse accessibility and performance scores of the home, a post and a
 * principle page, served from dist/ by `astro preview` on 127.0.0.1 and
 * measured with the local Chromium (nothing is downloaded; no request leaves
 * the machine). Not part of `npm test`: scores depend on the machine.
 *
 *   npm run bench:lighthouse            (builds the fixture site first, at the repository root)
 *   BENCH_PORT=4335 RUNS=3 PRESET=mobile node bench/lighthouse.ts
 *
 * Uses Lighthouse's desktop preset by default (the site is read on office
 * PCs); PRESET=mobile uses Lighthouse's default (throttled mobile). The
 * median of RUNS runs per page is reported. Full figures: bench/out/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_FLAGS, chromiumExecutablePath } from '../src/cli/chromium.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The site measured: the engine's fixture site (a copy of the default content), or SITE_DIR. */
const site = path.resolve(process.env.SITE_DIR ?? path.join(root, 'tests/fixtures/site'));
const port = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4335);
const runs = Number(process.env.RUNS ?? 3);
const preset = process.env.PRESET === 'mobile' ? 'mobile' : 'desktop';
const chromePath = chromiumExecutablePath() ?? '/usr/lib/chromium/chromium';
const base = `http://127.0.0.1:${port}`;
const pages = [
  { name: 'ホーム', path: '/' },
  { name: '記事', path: '/posts/gyomu-tanaoroshi/' },
  { name: '綱領', path: '/principles/real-problem/' },
];
// The same offline flags as the browser tests, so Chromium never calls home.
const chromeFlags = ['--headless=new', ...CHROMIUM_FLAGS];

async function waitForServer(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`preview server did not start on ${url}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

if (!existsSync(path.join(site, 'dist/index.html'))) throw new Error(`${site}/dist is missing: run npm run build:site first`);
const server = spawn(process.execPath, [path.join(root, 'src/cli/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)], {
  cwd: site,
  stdio: 'ignore',
});
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
try {
  await waitForServer(`${base}/`);
  const rows: Array<Record<string, string | number>> = [];
  const raw: Record<string, unknown[]> = {};
  for (const page of pages) {
    const a11y: number[] = [];
    const perf: number[] = [];
    const lcp: number[] = [];
    const tbt: number[] = [];
    raw[page.path] = [];
    for (let i = 0; i < runs; i += 1) {
      const result = await lighthouse(
        `${base}${encodeURI(page.path)}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'performance'] },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`no Lighthouse result for ${page.path}`);
      const { categories, audits } = result.lhr;
      a11y.push(Math.round((categories.accessibility?.score ?? 0) * 100));
      perf.push(Math.round((categories.performance?.score ?? 0) * 100));
      lcp.push(audits['largest-contentful-paint']?.numericValue ?? NaN);
      tbt.push(audits['total-blocking-time']?.numericValue ?? NaN);
      const failed = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && categories.accessibility?.auditRefs.some((r) => r.id === a.id))
        .map((a) => a.id);
      raw[page.path]!.push({ accessibility: a11y.at(-1), performance: perf.at(-1), failedAccessibilityAudits: failed });
    }
    rows.push({
      page: `${page.name} ${page.path}`,
      accessibility: median(a11y),
      performance: median(perf),
      'LCP ms': Math.round(median(lcp)),
      'TBT ms': Math.round(median(tbt)),
    });
  }
  console.log(`Lighthouse ${preset}, median of ${runs} run(s)`);
  console.table(rows);
  const outDir = path.join(root, 'bench/out');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    path.join(outDir, `lighthouse-${preset}.json`),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), preset, runs, rows, raw }, null, 2)}\n`,
  );
} finally {
  chrome.kill();
  server.kill();
}
