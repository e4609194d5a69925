/**
 * The CI fast path for pull requests that change only content/ (what 広報
 * staff send): content check → incremental build (which also runs the link
 * and off-site resource checks) → axe on the changed pages. The workflow
 * uploads dist/ as the preview afterwards. Aim: a verdict within 3 minutes on
 * a 2-core runner, with Astro's caches restored (docs/incremental-builds.md).
 *
 *   npm run ci:content -- --base origin/main            run the fast path
 *   npm run ci:content -- --base origin/main --classify print content_only=true|false
 *                                                       (for $GITHUB_OUTPUT) and exit
 * A change outside content/ makes the fast path refuse: the full suite must run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentDir, relativeToRoot } from '../files/projectPaths.ts';
import { summariseChanges } from '../site/changedPages.ts';
import { ASTRO_CLI, engineFile } from '../files/enginePaths.ts';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const base = option('base') ?? 'origin/main';
const distDir = option('dist') ?? 'dist';
const changed = execFileSync('git', ['diff', '--name-only', '--no-renames', `${base}...HEAD`], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);
// git prints paths from the repository's top; the site may be a folder inside it (sites/<name>/).
const sitePrefix = execFileSync('git', ['rev-parse', '--show-prefix'], { encoding: 'utf8' }).trim();
const summary = summariseChanges(changed, `${sitePrefix}${relativeToRoot(contentDir()) || 'content'}`);

if (process.argv.includes('--classify')) {
  console.log(`content_only=${summary.contentOnly}`);
  process.exit(0);
}
if (!summary.contentOnly) {
  console.error(
    `content/ 以外の変更があるため、高速チェックは使えません（全テストを実行してください）。\n` +
      `Files outside content/ changed, so the fast path does not apply; run the full suite:\n  ${summary.codeFiles.join('\n  ') || '(no changes)'}`,
  );
  process.exit(2);
}

const node = process.execPath;
function step(title: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const started = performance.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${title} (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds} s)`);
}

step('Content check / コンテンツの確認', [engineFile('src/cli/checkContent.ts')]);
// Incremental: pages whose cacheKey is unchanged are copied from the cache.
// The build's integrations check internal links and off-site resources.
step('Build, link and resource checks / ビルドとリンク・外部リソースの確認', [ASTRO_CLI, 'build', '--outDir', distDir]);
const pages = summary.pages.filter((page) => existsSync(path.join(distDir, decodeURI(page), 'index.html')));
console.log(`\nPages to check with axe / axe で確認するページ:\n  ${pages.join('\n  ')}`);
step('axe on the changed pages / 変更したページのアクセシビリティ確認', [createRequire(import.meta.url).resolve('@playwright/test/cli'), 'test', '--config', engineFile('playwright.config.ts'), engineFile('tests/e2e/changed-pages-a11y.spec.ts')], {
  CHANGED_PAGES: pages.join('\n'),
  ...(distDir === 'dist' ? {} : { DIST_DIR: distDir }),
});
