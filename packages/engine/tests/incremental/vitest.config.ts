/**
 * Incremental-build equality (about 20 fixture builds, several minutes on
 * two cores): `npm run test:incremental`. Kept out of test:unit.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/incremental/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
