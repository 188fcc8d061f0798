// npm run bench, the floor: the app's cold load against a bare app of the same stack
// (tests/bench/bare), in the same browser, both served by `vite preview` with their service worker.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ordersCaption, waitSettled } from './browser-steps.mjs';
import { startPreview } from './preview.mjs';

const bareConfig = 'tests/bench/bare/vite.config.ts';
const bareDist = 'node_modules/.cache/comptoir-bench/bare-dist';
// The kinds of load take turns, so that a change in the machine's speed (it moves within minutes
// on a shared machine) weighs on every median alike rather than on one kind's.
const runs = 7;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function buildBareApp() {
  const result = spawnSync('npx', ['vite', 'build', '--config', bareConfig, '--logLevel', 'error'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the bare app did not build');
}

/**
 * Opens `url` in a fresh page with the HTTP cache off: navigation start to the first row of the
 * orders table, and the JavaScript files the page itself fetched meanwhile.
 */
async function coldLoad(context, url) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url, { waitUntil: 'commit' });
    const toRowsMs = await waitSettled(page, ordersCaption, { timeout: 60_000 });
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/assets/') && path.endsWith('.js')),
    );
    return { toRowsMs, scripts };
  } finally {
    await page.close();
  }
}

/** The median time to rows of `loads`, and the gzip size of what the last of them fetched (from `distDir`). */
function summarise(loads, distDir) {
  const scripts = new Set(loads.at(-1).scripts);
  const jsGzipBytes = [...scripts].reduce((sum, path) => sum + gzipSync(readFileSync(join(distDir, path))).length, 0);
  return { toRowsMs: median(loads.map((load) => load.toRowsMs)), runs: loads.map((load) => load.toRowsMs), jsGzipKiB: jsGzipBytes / 1024, scripts: scripts.size };
}

/**
 * Stops the app's backend worker, which otherwise outlives the page a load closed (its extended
 * lifetime), so that the next load starts it as a browser's first visit does.
 */
async function stopBackendWorker(browser, appURL) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const backendWorkers = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter((target) => target.type === 'shared_worker' && target.url.startsWith(appURL));
    for (const worker of await backendWorkers()) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    for (const deadline = Date.now() + 10_000; (await backendWorkers()).length > 0; ) {
      if (Date.now() > deadline) throw new Error('the backend worker did not stop');
      await new Promise((done) => setTimeout(done, 50));
    }
  } finally {
    await cdp.detach();
  }
}

/**
 * The app (signed in, on /orders) with its backend worker running, the app starting it, and the
 * bare app, loaded cold the same way, one after the other in turn.
 */
export async function measureAgainstBareApp(browser, appURL) {
  buildBareApp();
  const bare = await startPreview(['--config', bareConfig, '--bypass-lock']);
  const appContext = await browser.newContext({ baseURL: appURL, viewport: { width: 1440, height: 900 }, locale: 'en-GB', serviceWorkers: 'allow' });
  const bareContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', serviceWorkers: 'allow' });
  try {
    const signIn = await appContext.newPage();
    await signIn.goto('/sign-in');
    await signIn.getByRole('textbox', { name: 'E-mail' }).fill('admin@atelier-lumiere.example');
    await signIn.getByRole('textbox', { name: 'Password' }).fill('demo-password');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await waitSettled(signIn, ordersCaption, { timeout: 60_000 });
    await signIn.close();
    // A first visit installs its service worker, as signing in did for the app.
    const first = await bareContext.newPage();
    await first.goto(bare.baseURL);
    await waitSettled(first, ordersCaption, { timeout: 60_000 });
    await first.close();

    const appLoads = [];
    const startingLoads = [];
    const bareLoads = [];
    const loadApp = async () => appLoads.push(await coldLoad(appContext, `${appURL}/orders`));
    const loadStarting = async () => {
      await stopBackendWorker(browser, appURL);
      startingLoads.push(await coldLoad(appContext, `${appURL}/orders`));
    };
    const loadBare = async () => bareLoads.push(await coldLoad(bareContext, bare.baseURL));
    const kinds = [loadApp, loadStarting, loadBare];
    for (let run = 0; run < runs; run += 1) {
      // Each kind goes first, second and third in turn.
      for (let index = 0; index < kinds.length; index += 1) await kinds[(run + index) % kinds.length]();
    }
    const app = summarise(appLoads, 'dist');
    const appStartingBackend = summarise(startingLoads, 'dist');
    const bareApp = summarise(bareLoads, bareDist);
    return {
      app,
      appStartingBackend,
      bare: bareApp,
      loadRatio: app.toRowsMs / bareApp.toRowsMs,
      startingLoadRatio: appStartingBackend.toRowsMs / bareApp.toRowsMs,
      jsRatio: app.jsGzipKiB / bareApp.jsGzipKiB,
    };
  } finally {
    await appContext.close();
    await bareContext.close();
    bare.stop();
  }
}

export function printBareComparison({ app, appStartingBackend, bare, loadRatio, startingLoadRatio, jsRatio }) {
  const ms = (value) => `${Math.round(value)} ms`;
  console.log(`cold load of /orders to rows (median of ${runs}, HTTP cache off): app ${ms(app.toRowsMs)}, bare app of the same stack ${ms(bare.toRowsMs)}: ${loadRatio.toFixed(2)}×`);
  console.log(`the same, the app starting its backend worker (a browser's first visit): ${ms(appStartingBackend.toRowsMs)}: ${startingLoadRatio.toFixed(2)}×`);
  console.log(`first-load JavaScript of the page, gzip: app ${app.jsGzipKiB.toFixed(1)} KiB, bare app ${bare.jsGzipKiB.toFixed(1)} KiB: ${jsRatio.toFixed(2)}×`);
}
