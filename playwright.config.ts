import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/chromium-path.mjs';

// tests/e2e/run.mjs picks a free port; 4173 when Playwright is started by hand.
const port = Number(process.env.E2E_PORT ?? 4173);

/** End-to-end tests in real Chromium against the built app, with the service worker on. */
export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
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
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    // Never test whatever else may be listening on the port: always this build.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
