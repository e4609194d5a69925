/**
 * Everything that needs its own Astro build of a fixture content folder.
 * Builds share the project's content cache (.astro/), so they run one at a
 * time: this file is serial and the only one that builds.
 *
 * 1. The mission's history shows each revision as a highlighted character
 *    diff. The default content has one version only, so this builds
 *    tests/fixtures/revised-mission (a small content folder plus a made-up v2).
 * 2. Broken references in the onboarding path or the glossary stop the build
 *    with a bilingual message naming the file and the field.
 */
import AxeBuilder from '@axe-core/playwright';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildFixtureSite, runBuild, serveFixtureSite, type FixtureSite } from './support/fixtureSite.ts';
import { expect, test } from './support/fixtures.ts';
import { FIXTURES } from '../support/paths.ts';

test.describe.configure({ mode: 'serial' });

let site: FixtureSite;

test.describe('mission revision diff', () => {
  test.beforeAll(async () => {
    test.setTimeout(240_000); // one extra Astro build of a small site
    site = await buildFixtureSite('revised-mission', { BUILD_DATE: '2026-06-01' });
  });

  test('a revised mission shows what changed from the previous version, its date and reason', async ({ page }) => {
    await serveFixtureSite(page, site);
    await page.goto(`${site.base}mission/`);
    await expect(page.locator('.mission__statement')).toHaveText('日本一市民目線の市役所として、市民と共に最高の行政サービスをつくる');

    const history = page.getByRole('region', { name: '改訂の履歴' });
    const v2 = history.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /第2版/u }) });
    await expect(v2.getByRole('heading', { level: 3 })).toContainText('現行');
    await expect(v2).toContainText('2026年4月1日');
    await expect(v2).toContainText('サービスは市民と一緒につくるものだという声');

    const diff = v2.locator('.mission-diff');
    await expect(diff.getByRole('heading', { level: 4 })).toHaveText('第1版からの変更箇所');
    const statement = diff.locator('[data-diff-field="statement"]');
    await expect(statement.locator('ins').first()).toBeVisible();
    await expect(statement.locator('ins')).toContainText(['、市民と共に']);
    await expect(statement.locator('del')).toContainText(['提供す']);
    // Not colour alone: additions and deletions are named in words, and drawn underlined / struck through.
    await expect(statement.locator('ins').first()).toContainText('［追加］');
    await expect(statement.locator('del').first()).toContainText('［削除］');
    expect(await statement.locator('ins').first().evaluate((node) => getComputedStyle(node).textDecorationLine)).toContain('underline');
    expect(await statement.locator('del').first().evaluate((node) => getComputedStyle(node).textDecorationLine)).toContain('line-through');
    // Unchanged fields say so instead of showing an empty diff.
    await expect(diff.locator('[data-diff-field="shortForm"]')).toContainText('変更なし');
    await expect(diff.locator('[data-diff-field="note"] ins')).not.toHaveCount(0);

    // The first version has nothing to compare with.
    const v1 = history.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /第1版/u }) });
    await expect(v1.locator('.mission-diff')).toHaveCount(0);

    const axe = await new AxeBuilder({ page }).include('.mission-history').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

test('the default mission (one version) shows no diff', async ({ page }) => {
  await page.goto('mission/');
  await expect(page.locator('.mission-diff')).toHaveCount(0);
});

const SOURCE = path.join(FIXTURES, 'revised-mission');

async function buildBroken(name: string, breakIt: (dir: string) => void): Promise<{ code: number | null; output: string }> {
  const dir = path.resolve('.fixture-dist', 'content', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(SOURCE, dir, { recursive: true });
  breakIt(dir);
  return runBuild(dir, path.resolve('.fixture-dist', name));
}

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

test.describe('content errors in the onboarding features', () => {
  test.describe.configure({ timeout: 240_000 });

  // An unknown <Term id> is one of the overlays of tests/unit/publishing.build.test.ts
  // (checked by check:content and a build alike), so it needs no build of its own here.

  test('an onboarding step pointing at a post that does not exist stops the build', async () => {
    const { code, output } = await buildBroken('unknown-step', (dir) =>
      replaceIn(path.join(dir, 'onboarding.yaml'), 'posts/kofukin-to-cost-ishiki', 'posts/no-such-post'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('onboarding.yaml › sections[1].steps[2].page');
    expect(output).toContain('公開中のブログ記事「no-such-post」はありません');
    expect(output).toContain('there is no published post "no-such-post"');
  });
});
