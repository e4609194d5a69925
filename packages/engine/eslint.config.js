// @ts-check
/**
 * Lint (npm run lint, part of npm test): typescript-eslint's recommended
 * type-aware rules over the TypeScript of src/, tests/ and bench/. .astro
 * files are checked by `astro check` (npm run check:types).
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/**', 'tests/fixtures/site/**', 'dist-*/**', '.astro/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'examples/**', 'bench/peers/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_name` marks a deliberately unused binding (e.g. a field dropped by destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Control characters are matched on purpose: terminal colours, NUL and C0 characters in names editors type.
      'no-control-regex': 'off',
    },
  },
  {
    // Stand-ins for Astro's and Decap's async APIs return at once.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // These import .astro components, which only `astro check` resolves: their type is unknown to this linter.
    files: ['src/components/mdx/index.ts', 'src/components/print/index.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
