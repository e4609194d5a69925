/**
 * Browser tests run against a built site (its dist/) served by `astro preview`
 * on 127.0.0.1. Run Playwright in the site's folder (the engine's npm scripts
 * do: the engine's fixture site tests/fixtures/site, or SITE_DIR) with `--config` pointing here. Chromium comes from CHROMIUM_PATH, else Debian's package,
 * else Playwright's own download (e.g. on GitHub's runners).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './src/cli/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4329);
const basePath = process.env.BASE_PATH ?? '/';
const baseURL = `http://127.0.0.1:${port}${basePath.replace(/\/?$/u, '/')}`;
// DIST_DIR: serve another build folder (the sub-path run uses dist-subpath/).
const outDirFlag = process.env.DIST_DIR ? ` --outDir ${process.env.DIST_DIR}` : '';

export default defineConfig({
  testDir: 'tests/e2e',
  // Chromium present, or one clear message before any test (tests/support/requiredTools.ts).
  globalSetup: './tests/support/browserTools.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI only: a 2-core runner under load can miss a 5 s wait; a real
  // regression fails both tries. Locally every failure shows at once.
  retries: process.env.CI ? 1 : 0,
  expect: { timeout: process.env.CI ? 10_000 : 5_000 },
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The Node that runs Playwright (Node 24 under npm scripts), not whatever `node` is on PATH.
    command: `"${process.execPath}" "${fileURLToPath(new URL('./src/cli/astro.mjs', import.meta.url))}" preview --host 127.0.0.1 --port ${port}${outDirFlag}`,
    url: baseURL,
    // The site's folder, where Playwright runs (Playwright's default is this file's folder).
    cwd: process.cwd(),
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
