/**
 * What a reader's browser downloads for one post page, measured in Chromium:
 * bytes of HTML, CSS and JS (uncompressed: the static server here sends files
 * as they are), render-blocking requests, and JS fetched before search is used.
 * Also how fast Pagefind answers on that output, cold and warm.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** A minimal static server: no compression, so byte counts are uncompressed sizes. */
export async function serve(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const url = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(root, url);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

export interface PageWeight {
  url: string;
  htmlBytes: number;
  cssBytes: number;
  jsBytes: number;
  otherBytes: number;
  /** HTML + CSS + JS. */
  totalBytes: number;
  requests: number;
  /** Requests Chromium marked render-blocking (renderBlockingStatus). */
  renderBlocking: string[];
  /** JS downloaded by loading the page, before any search is typed. */
  jsBeforeSearchBytes: number;
}

export interface SearchTiming {
  query: string;
  /** From a freshly loaded page: loading Pagefind, then first result's data. */
  coldMs: number;
  /** A second query on the same page. */
  warmMs: number;
  coldBytes: number;
  warmBytes: number;
  results: number;
}

export async function launch(): Promise<Browser> {
  const debian = '/usr/lib/chromium/chromium';
  const executablePath = process.env.CHROMIUM_PATH || (existsSync(debian) ? debian : undefined);
  return chromium.launch(executablePath ? { executablePath } : {});
}

function kind(type: string): 'html' | 'css' | 'js' | 'other' {
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  return 'other';
}

export async function pageWeight(browser: Browser, origin: string, urlPath: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Array<Promise<{ type: ReturnType<typeof kind>; bytes: number }>> = [];
  page.on('response', (response) => {
    const type = kind(response.request().resourceType());
    sizes.push(response.body().then((body) => ({ type, bytes: body.length }), () => ({ type, bytes: 0 })));
  });
  await page.goto(origin + urlPath, { waitUntil: 'networkidle' });
  const renderBlocking = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
      .map((entry) => new URL(entry.name).pathname),
  );
  const settled = await Promise.all(sizes);
  await context.close();
  const sum = (type: string) => settled.filter((item) => item.type === type).reduce((total, item) => total + item.bytes, 0);
  const [htmlBytes, cssBytes, jsBytes, otherBytes] = [sum('html'), sum('css'), sum('js'), sum('other')];
  return {
    url: urlPath,
    htmlBytes,
    cssBytes,
    jsBytes,
    otherBytes,
    totalBytes: htmlBytes + cssBytes + jsBytes,
    requests: settled.length,
    renderBlocking,
    jsBeforeSearchBytes: jsBytes,
  };
}

interface ByteCounter {
  count: number;
  pending: Array<Promise<unknown>>;
}

async function timedQuery(page: Page, query: string, bytes: ByteCounter): Promise<{ ms: number; bytes: number; results: number }> {
  await Promise.all(bytes.pending);
  const before = bytes.count;
  const { ms, results } = await page.evaluate(async (text) => {
    const started = performance.now();
    const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as {
      search: (q: string) => Promise<{ results: Array<{ data: () => Promise<unknown> }> }>;
    };
    const found = await pagefind.search(text);
    await found.results[0]?.data();
    return { ms: performance.now() - started, results: found.results.length };
  }, query);
  await Promise.all(bytes.pending);
  return { ms, bytes: bytes.count - before, results };
}

/** Pagefind's own API on the built output: time to the first result's data. */
export async function searchTiming(browser: Browser, origin: string, urlPath: string, queries: [string, string]): Promise<SearchTiming | undefined> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes: ByteCounter = { count: 0, pending: [] };
  await page.goto(origin + urlPath, { waitUntil: 'networkidle' });
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
    bytes.pending.push(response.body().then((body) => (bytes.count += body.length), () => undefined));
  });
  try {
    const cold = await timedQuery(page, queries[0], bytes);
    const warm = await timedQuery(page, queries[1], bytes);
    return { query: `${queries[0]} / ${queries[1]}`, coldMs: cold.ms, warmMs: warm.ms, coldBytes: cold.bytes, warmBytes: warm.bytes, results: cold.results };
  } catch {
    return undefined;
  } finally {
    await context.close();
  }
}
