/**
 * Build a fixture content folder (tests/fixtures/<name>, used as CONTENT_DIR)
 * into its own output folder, under its own base path and with a content
 * cache of its own (ASTRO_CACHE_DIR, see astro.config.mjs) so the main
 * build's cache never holds fixture entries. A page then reaches the fixture
 * on the test server's origin without a second server: requests under that
 * base path are answered from the fixture's files.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ASTRO, FIXTURES, REPO } from '../../support/paths.ts';

export interface FixtureSite {
  /** Base path the fixture was built for, e.g. /__fixtures/revised-mission/ */
  base: string;
  outDir: string;
}

export async function buildFixtureSite(name: string, env: Record<string, string> = {}): Promise<FixtureSite> {
  const base = `/__fixtures/${name}/`;
  const outDir = path.resolve('.fixture-dist', name);
  const { code, output } = await runBuild(path.join(FIXTURES, name), outDir, { ...env, BASE_PATH: base });
  if (code !== 0) throw new Error(`fixture build "${name}" failed:\n${output.slice(-4000)}`);
  return { base, outDir };
}

/** Build a content folder into outDir; resolves with the exit code and everything printed. */
export async function runBuild(
  contentDir: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  // Node 24 from the `node` dependency, as npm scripts use.
  const local = path.join(REPO, 'node_modules/.bin/node');
  const node = existsSync(local) ? local : process.execPath;
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(node, [ASTRO, 'build', '--outDir', outDir], {
      env: { ...process.env, ...env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: path.resolve('.fixture-dist', '.cache', path.basename(outDir)) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  return { code, output: output.join('') };
}

/** Answer the page's requests under the fixture's base path from its built files. */
export async function serveFixtureSite(page: Page, site: FixtureSite): Promise<void> {
  await page.route(`**${site.base}**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const relative = decodeURIComponent(pathname.slice(site.base.length));
    const file = path.join(site.outDir, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
    if (!file.startsWith(site.outDir) || !existsSync(file)) await route.fulfill({ status: 404, body: 'not found' });
    else await route.fulfill({ path: file });
  });
}
