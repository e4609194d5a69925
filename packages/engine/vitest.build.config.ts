/**
 * The build tier (`npm run test:build`): tests that run the real site build,
 * dev server or CLI on a copy of the project (*.build.test.ts, minutes on two
 * cores). Builds queue for two slots themselves (tests/support/fixtureBuild.ts).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.build.test.ts'],
    environment: 'node',
    // The engine's tests read its own fixtures, never a site's content.
    env: { CONTENT_DIR: 'tests/fixtures/content-valid' },
    globalSetup: ['tests/support/unitTierTools.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
