/**
 * Deployment tests: real nginx over real builds (dist/ and the /mayor/ build
 * in dist-subpath/ of the site in the working directory). Run by
 * `npm run test:deploy` after the builds.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Run in the site's folder (its dist/); the tests are found from the engine.
  root: new URL('../..', import.meta.url).pathname,
  test: {
    include: ['tests/deploy/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/deploy/requiredTools.ts'],
  },
});
