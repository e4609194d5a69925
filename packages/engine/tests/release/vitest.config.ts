/**
 * Release tests: pack the engine, make a town's site with init outside this
 * repository, install it offline, run its CI, upgrade it (several minutes):
 * `npm run test:release`. Kept out of the unit tier.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: {
    include: ['tests/release/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
