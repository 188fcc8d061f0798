import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Deep relative climbs hide where a module lives: use the @/ and @mocks/ aliases instead.
const noDeepRelative = { group: ['../../*'], message: 'Use the @/ alias instead of climbing two or more folders.' };

/*
 * Who may import whom, by where the files are: the rule resolves every import (relative or
 * through an alias) to its file before it compares, so no spelling slips past.
 *   app → features → components / lib → contract
 * Features never import each other; the embedded backend (mocks) sees only the contract of src.
 */
const layers = [
  {
    target: ['./src/components', './src/lib'],
    from: ['./src/features', './src/app'],
    message: 'Shared code (components, lib) must not depend on a feature or on the app.',
  },
  { target: './src/features', from: './src/app', message: 'A feature must not depend on the app that composes it.' },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: compose them in a route under src/app.',
  })),
  {
    target: './src/contract',
    from: ['./src/app', './src/features', './src/components', './src/lib', './src/testing', './mocks'],
    message: 'The API contract is shared by the app and the backend: it depends on neither.',
  },
  {
    target: './mocks',
    from: './src',
    except: ['./contract'],
    message: 'The embedded backend shares only the API contract with the app.',
  },
];

/** Mantine's selects leave their open list unnamed to screen readers; the app's own wrap them (src/components/select.tsx). */
const mantineSelects = {
  name: '@mantine/core',
  importNames: ['Select', 'MultiSelect'],
  message: 'Import Select and MultiSelect from @/components/select: their field names their open list to screen readers.',
};

/** The app reaches the backend through the API client only; tests and the demo start-up may reach it. */
const appNeverImportsMocks = {
  target: ['./src/app', './src/features', './src/components', './src/lib'],
  from: './mocks',
  message: 'The app reaches the backend through the API client only.',
};

export default defineConfig(
  { ignores: ['dist', 'dist-real-api', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [noDeepRelative], paths: [mantineSelects] }],
      'import-x/no-restricted-paths': ['error', { zones: [...layers, appNeverImportsMocks] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // What the app keeps in the browser is a convenience: a full or blocked storage must never break
    // the page writing it (src/lib/stored-json.ts). Only the session's token, without which nothing
    // works, is written directly.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'src/lib/stored-json.ts', 'src/lib/session-token.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['localStorage', 'sessionStorage'].map((object) => ({ object, property: 'setItem', message: 'Use keepText or writeStored (@/lib/stored-json): they survive a full storage.' })),
      ],
    },
  },
  {
    // The one place that wraps them.
    files: ['src/components/select.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDeepRelative] }] },
  },
  {
    // Tests may make the embedded backend fail on purpose; the demo build starts it.
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'src/main.tsx', 'src/app/start.tsx'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layers }] },
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
