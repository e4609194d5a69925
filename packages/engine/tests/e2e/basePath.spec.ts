/**
 * The site must work at / and under a sub-path such as /mayor/ (run by
 * `npm run test:e2e:subpath`). Every link and asset of every page is
 * followed over HTTP, so one href built without `routes` fails here.
 */
import { parseHtml } from './support/html.ts';
import { expect, sitePath, test } from './support/fixtures.ts';

const BASE = (process.env.BASE_PATH ?? '/').replace(/^\/*/u, '/').replace(/\/*$/u, '/');

test('every internal link and asset on every page resolves under the base path', async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const start = new URL(sitePath('/'), baseURL).href;
  const queue = [start];
  const seen = new Set(queue);
  const broken: string[] = [];
  const outsideBase: string[] = [];
  let pages = 0;
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    const response = await request.get(url);
    if (!response.ok()) {
      broken.push(`${response.status()} ${url}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    pages++;
    const root = parseHtml(await response.text());
    const refs = root
      .all('a[href], link[href], script[src], img[src], source[src]')
      .map((element) => element.attr('href') ?? element.attr('src') ?? '');
    for (const ref of refs) {
      const target = new URL(ref, url);
      if (target.origin !== origin) continue; // external links are allowed (and marked)
      if (!target.pathname.startsWith(BASE)) outsideBase.push(`${url} → ${ref}`);
      target.hash = '';
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  expect(outsideBase, `links that leave ${BASE}`).toEqual([]);
  expect(broken, 'links that do not resolve').toEqual([]);
  expect(pages).toBeGreaterThan(30);
});

test('the canonical URL of a page carries the base path', async ({ page }) => {
  await page.goto(sitePath('/mission/'));
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical ?? '').pathname).toBe(`${BASE}mission/`);
});
