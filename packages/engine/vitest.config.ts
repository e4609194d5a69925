import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The engine's tests read its own fixtures, never a site's content.
    env: { CONTENT_DIR: 'tests/fixtures/content-valid' },
  },
});
