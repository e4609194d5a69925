/** Automated WCAG 2.1 AA checks (axe) on the pages this feature adds, in their interactive states. */
import AxeBuilder from '@axe-core/playwright';
import { expect, sitePath, test } from './support/fixtures.ts';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const url of ['/onboarding/', '/glossary/', '/handbook/print/', '/mission/']) {
  test(`no axe violations on ${url}`, async ({ page }) => {
    await page.goto(sitePath(url));
    const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

test('no axe violations with a glossary definition open and a step marked read', async ({ page }) => {
  await page.goto(sitePath('/posts/kofukin-to-cost-ishiki/'));
  await page.locator('.prose').getByRole('link', { name: '交付金', exact: true }).focus();
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
