import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/chromium-path.mjs';

// tests/e2e/run.mjs picks free ports and builds both apps; these when Playwright is started by hand.
const port = Number(process.env.E2E_PORT ?? 4173);
const realApiAppPort = Number(process.env.E2E_REAL_API_PORT ?? 4174);
const apiPort = Number(process.env.E2E_API_PORT ?? 8787);
const apiJournal = join(mkdtempSync(join(tmpdir(), 'comptoir-e2e-')), 'journal.jsonl');

/** End-to-end tests in real Chromium against the built app, with the service worker on. */
export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Limits, not expectations of speed: with Debian's Chromium 150 the suite ran about three times
  // slower than with Chromium 156 the day before (23 min against 8), one test to 54 s of 60.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'en-GB',
    timezoneId: 'Europe/Brussels',
    serviceWorkers: 'allow',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath() ?? undefined,
      args: chromiumArgs,
    },
  },
  projects: [
    // A test tagged @shared-api needs one backend for several browser contexts: the HTTP API's.
    { name: 'embedded backend', testIgnore: /real-api\.spec\.ts/, grepInvert: /@shared-api/ },
    // The app built with mocks off, against the same handlers served over HTTP by npm run api.
    {
      name: 'real API',
      testMatch: /(real-api|admin-team)\.spec\.ts/,
      grepInvert: /@demo-build/,
      use: { baseURL: `http://localhost:${realApiAppPort}`, serviceWorkers: 'block' },
    },
  ],
  // Never test whatever else may be listening on a port: always these builds and this API.
  webServer: [
    // Vite refuses a second preview of one project unless told that it is meant: these two, and a
    // developer's own preview left open while the tests run.
    { command: `npx vite preview --port ${port} --strictPort --bypass-lock`, url: `http://localhost:${port}`, reuseExistingServer: false, timeout: 60_000 },
    {
      command: `npx vite preview --port ${realApiAppPort} --strictPort --outDir dist-real-api --bypass-lock`,
      url: `http://localhost:${realApiAppPort}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npm run api -- --port ${apiPort} --fresh --data ${apiJournal} --orders-per-world 300`,
      url: `http://localhost:${apiPort}/api/openapi.json`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
