// ESLint finds likely mistakes; Prettier does the formatting, so no stylistic rule is enabled
// here. Type errors are tsc's job (npm run typecheck); layer boundaries are dependency-cruiser's
// (.dependency-cruiser.cjs).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'test-results/', 'node_modules/', 'docs/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
      // The simulation and the app report through events, the UI and toasts, not the console;
      // a warning or error for a developer is allowed where something degrades.
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // Globals per layer, as in the tsconfigs (they matter for plain JavaScript files; in
  // TypeScript, tsc already rejects an undeclared global).
  {
    files: ['src/ui/**', 'src/shell/**', 'src/render/**', 'src/main.ts'],
    languageOptions: { globals: globals.browser },
  },
  { files: ['workers/**'], languageOptions: { globals: globals.worker } },
  {
    files: ['src/cli/**', 'src/validation/**', 'src/room/**', 'bench/**', 'scripts/**', '*.config.{js,ts}', '.*.cjs'],
    languageOptions: { globals: globals.node },
    // Command-line tools talk to their user on the console.
    rules: { 'no-console': 'off' },
  },
  { files: ['src/model/**', 'src/engine/**', 'src/analysis/**'], rules: { 'no-console': 'error' } },
  // Tests, and the scripts that drive Chromium, run in Node and hand callbacks to the page.
  {
    files: ['test/**', 'bench/render.ts', 'scripts/e2e-*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
