/**
 * The unit tier (`npm run test:unit`): pure logic, well under a minute on two
 * cores. Tests that run a real build or CLI on a copy of the project are named
 * *.build.test.ts and run in the build tier (vitest.build.config.ts).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/**/*.build.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/unitTierTools.ts'],
    // The engine's tests read its own fixtures, never a site's content.
    env: { CONTENT_DIR: 'tests/fixtures/content-valid' },
    // Decap's date widget ships untranspiled ESM imports (no .js extensions):
    // let Vite resolve them (tests/unit/cmsDates.test.ts runs the real widget).
    server: { deps: { inline: ['decap-cms-widget-datetime'] } },
  },
});
