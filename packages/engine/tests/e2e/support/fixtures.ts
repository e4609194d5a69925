/**
 * Shared test fixture: every page a test opens is watched, and any request
 * to a host other than the site's own fails the test. This is the
 * "no request leaves the intranet" guarantee, checked on every visit.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ externalRequests: string[] }>({
  externalRequests: async ({ context, baseURL }, use) => {
    const siteOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const external: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === siteOrigin) {
        await route.continue();
      } else {
        external.push(url);
        await route.abort('blockedbyclient');
      }
    });
    await use(external);
    expect(external, 'requests to hosts other than the site').toEqual([]);
  },
  page: async ({ page, externalRequests }, use) => {
    void externalRequests; // make sure the watcher is installed first
    await use(page);
  },
});

export { expect };

/** Path relative to the site root, for page.goto with a sub-path baseURL. */
export function sitePath(path: string): string {
  return path.replace(/^\//u, '');
}
