/**
 * axe on the pages a content-only pull request changes (the CI fast path,
 * src/cli/contentFastPath.ts). CHANGED_PAGES lists them, one site path per
 * line; without it this file checks nothing (the full suite, a11y.spec.ts,
 * covers every page type).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, sitePath, test } from './support/fixtures.ts';
import { AXE_TAGS } from '../../src/site/a11yReport.ts';

const pages = (process.env.CHANGED_PAGES ?? '').split('\n').map((line) => line.trim()).filter(Boolean);

test.describe('axe-core on the changed pages', () => {
  for (const path of pages) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${path} in the ${scheme} scheme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const response = await page.goto(sitePath(encodeURI(path)));
        expect(response?.status(), path).toBe(200);
        const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
        const readable = results.violations.map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
        expect(readable, `axe violations on ${path} (${scheme})`).toEqual([]);
      });
    }
  }
});
