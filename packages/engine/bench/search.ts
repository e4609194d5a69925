/**
 * Search benchmark: index size, time to first result from a cold page load,
 * and bytes fetched per query, for the default content and for 1,000 and
 * 5,000 generated posts. Builds each site into bench/out/, serves it on
 * 127.0.0.1 and drives Chromium with Playwright.
 *
 *   node_modules/.bin/node bench/search.ts            # all three sizes
 *   node_modules/.bin/node bench/search.ts default 1000
 *   node_modules/.bin/node bench/search.ts --reuse      # measure already built sites again
 *
 * Results: bench/out/search.json and a Markdown table on stdout.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { generatePosts } from './generatePosts.ts';

const OUT = path.resolve('bench/out');
const WORK = path.resolve('bench/.work');
const CHROMIUM = process.env.CHROMIUM_PATH || (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : undefined);
/** Queries measured on every site: a compound, a katakana word, two words, an inflected verb, a no-hit. */
const QUERIES = ['目安箱', 'デジタル', '窓口 改善', '見直す', '新幹線'];
const RUNS = 3;

interface Scenario {
  name: string;
  posts: number | null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function build(scenario: Scenario): { siteDir: string; buildSeconds: number } {
  const siteDir = path.join(OUT, `site-${scenario.name}`);
  if (REUSE && existsSync(path.join(siteDir, 'pagefind'))) {
    // Keep the build time measured when the site was built.
    const previous = path.join(OUT, `search-${scenario.name}.json`);
    const buildSeconds = existsSync(previous) ? (JSON.parse(readFileSync(previous, 'utf8')) as { buildSeconds: number }).buildSeconds : NaN;
    return { siteDir, buildSeconds };
  }
  const env = { ...process.env, BASE_PATH: '/', BUILD_DATE: '2025-12-01' } as NodeJS.ProcessEnv;
  if (scenario.posts !== null) env.CONTENT_DIR = path.join(WORK, `content-${scenario.name}`);
  const started = performance.now();
  execFileSync(process.execPath, ['src/cli/astro.mjs', 'build', '--force', '--outDir', siteDir], { env, stdio: 'ignore' });
  return { siteDir, buildSeconds: (performance.now() - started) / 1000 };
}

/** A minimal static server (the site is plain files), so nothing else runs beside the bench. */
function serve(root: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface QueryMeasure {
  query: string;
  results: number;
  /** ms from navigation start to the first result (or the no-result answer) on screen. */
  firstResultMs: number;
  /** Bytes of search files (UI chunk, Pagefind JS/WASM, index, fragments) fetched for a cold load. */
  coldBytes: number;
  /** Bytes fetched by the query typed into a page that has already searched once (Pagefind loaded). */
  warmBytes: number;
}

/**
 * Bytes of search files (search UI chunk, Pagefind JS, worker, WASM, index,
 * fragments) fetched by a page, headers included. Playwright sees the
 * requests of Pagefind's web worker too; Resource Timing in the page would not.
 */
function trackSearchBytes(page: Page) {
  let sizes: Array<Promise<number>> = [];
  page.on('requestfinished', (request) => {
    if (!/\/pagefind\/|\/searchUi\./u.test(request.url())) return;
    sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
  });
  return {
    reset: () => {
      sizes = [];
    },
    total: async () => sum(await Promise.all(sizes)),
  };
}

async function measureQuery(browser: Browser, origin: string, query: string): Promise<QueryMeasure> {
  // Cold: a fresh context (empty cache) loading /search/?q=…
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const root = document.querySelector('[data-search-root="page"]');
      if (!root) return;
      const answered = root.querySelector('.search-result') || !root.querySelector<HTMLElement>('[data-search-empty]')?.hidden;
      if (answered) {
        (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const coldTracker = trackSearchBytes(page);
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (window as unknown as { firstResultAt?: number }).firstResultAt !== undefined, null, { timeout: 60_000 });
  const firstResultMs = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
  await page.waitForLoadState('networkidle');
  const results = await page.locator('[data-search-root="page"] .search-result').count();
  const coldBytes = await coldTracker.total();

  await context.close();

  // Warm: a fresh page that has already searched something else; count only this query's fetches.
  const warmContext = await browser.newContext();
  const warm = await warmContext.newPage();
  const warmTracker = trackSearchBytes(warm);
  const pending = () =>
    warm.waitForFunction(() => {
      const text = document.querySelector('[data-search-root="page"] [data-search-status]')?.textContent ?? '';
      return text !== '' && !text.includes('検索しています');
    });
  await warm.goto(`${origin}/search/?q=${encodeURIComponent('市役所')}`);
  await pending();
  await warm.waitForLoadState('networkidle');
  warmTracker.reset();
  await warm.locator('[data-search-root="page"] [data-search-input]').fill(query);
  await warm.waitForTimeout(400); // the input debounce
  await pending();
  await warm.waitForLoadState('networkidle');
  const warmBytes = await warmTracker.total();
  await warmContext.close();
  return { query, results, firstResultMs, coldBytes, warmBytes };
}

async function run(scenario: Scenario, browser: Browser) {
  if (scenario.posts !== null && !(REUSE && existsSync(path.join(OUT, `site-${scenario.name}`)))) await generatePosts({ count: scenario.posts, outDir: path.join(WORK, `content-${scenario.name}`), seed: 1 });
  const { siteDir, buildSeconds } = build(scenario);
  const bundle = filesUnder(path.join(siteDir, 'pagefind'));
  const indexFiles = bundle.filter((file) => /\.pf_(index|fragment|meta|filter)$/u.test(file));
  const entry = JSON.parse(readFileSync(path.join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const server = await serve(siteDir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const measures: QueryMeasure[] = [];
  for (const query of QUERIES) {
    const runs: QueryMeasure[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await measureQuery(browser, origin, query));
    measures.push({
      query,
      results: runs[0]!.results,
      firstResultMs: median(runs.map((r) => r.firstResultMs)),
      coldBytes: median(runs.map((r) => r.coldBytes)),
      warmBytes: median(runs.map((r) => r.warmBytes)),
    });
  }
  server.close();
  return {
    scenario: scenario.name,
    pagesIndexed: entry.languages.ja?.page_count ?? 0,
    buildSeconds: Math.round(buildSeconds),
    indexBytes: sum(indexFiles.map((file) => statSync(file).size)),
    indexFiles: indexFiles.length,
    bundleBytes: sum(bundle.map((file) => statSync(file).size)),
    queries: measures,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const REUSE = process.argv.includes('--reuse');
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const scenarios: Scenario[] = [
  { name: 'default', posts: null },
  { name: '1000', posts: 1000 },
  { name: '5000', posts: 5000 },
].filter((scenario) => wanted.length === 0 || wanted.includes(scenario.name));

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ['--no-sandbox', '--disable-gpu'] });
const report = [];
for (const scenario of scenarios) {
  const result = await run(scenario, browser);
  report.push(result);
  writeFileSync(path.join(OUT, `search-${scenario.name}.json`), JSON.stringify(result, null, 2));
  console.error(`done: ${scenario.name}`);
}
await browser.close();
writeFileSync(path.join(OUT, 'search.json'), JSON.stringify(report, null, 2));

console.log('| content | pages indexed | build | index size (files) | query | results | first result (cold, median) | bytes (cold load) | bytes (warm query) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const result of report) {
  for (const query of result.queries) {
    console.log(
      `| ${result.scenario} | ${result.pagesIndexed} | ${result.buildSeconds} s | ${kb(result.indexBytes)} (${result.indexFiles}) | ${query.query} | ${query.results} | ${Math.round(query.firstResultMs)} ms | ${kb(query.coldBytes)} | ${kb(query.warmBytes)} |`,
    );
  }
}
