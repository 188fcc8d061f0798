import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Deep relative climbs hide where a module lives: use the @/ and @mocks/ aliases instead.
const noDeepRelative = { group: ['../../*'], message: 'Use the @/ alias instead of climbing two or more folders.' };
const noFeatures = { group: ['@/features/*'], message: 'Shared code must not depend on a feature.' };
const noMocks = { group: ['@mocks/*'], message: 'The app reaches the backend through the API client only.' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [noDeepRelative] }],
    },
  },
  // Features never import each other; routes in src/app compose them. Tests alone may reach the
  // embedded backend, to make it fail on purpose.
  ...features.flatMap((feature) => {
    const otherFeatures = {
      group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/**`],
      message: 'Features never import each other: compose them in a route under src/app.',
    };
    return [
      {
        files: [`src/features/${feature}/**/*.{ts,tsx}`],
        rules: { 'no-restricted-imports': ['error', { patterns: [noDeepRelative, noMocks, otherFeatures] }] },
      },
      {
        files: [`src/features/${feature}/**/*.test.{ts,tsx}`],
        rules: { 'no-restricted-imports': ['error', { patterns: [noDeepRelative, otherFeatures] }] },
      },
    ];
  }),
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDeepRelative, noFeatures, noMocks] }] },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDeepRelative, noMocks] }] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    files: ['tests/**/*.{ts,mjs,js}', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
    // Playwright fixtures hand their value on through a callback named `use`, which is no React hook.
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
