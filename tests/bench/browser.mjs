// npm run bench, browser part: the built app (dist/, service worker on) in real Chromium, at
// 2,000 and 100,000 orders per world. Times are taken inside the page (performance.now(), polled
// every animation frame), so Playwright's round trips do not count. Run after `vite build`.
/* global window, document, location, addEventListener, MutationObserver -- these run inside the page */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../e2e/chromium-path.mjs';
import { freePort } from '../e2e/free-port.mjs';

// `--sizes=2000` measures fewer worlds, when trying a change.
const sizesArgument = process.argv.find((argument) => argument.startsWith('--sizes='));
const worldSizes = sizesArgument ? sizesArgument.slice('--sizes='.length).split(',').map(Number) : [2_000, 100_000];
const account = { email: 'admin@atelier-lumiere.example', password: 'demo-password' };
const ordersCaption = 'Orders matching the filters';
const statementsCaption = 'Weekly statements, newest first';
const statusToggles = ['Created', 'Activated', 'Created', 'Paid', 'Activated', 'Cancelled', 'Paid', 'Cancelled'];
const searchCount = 6;
const resultsFile = resolve('node_modules/.cache/comptoir-bench/results.json');

async function startPreview() {
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // its own process group, so that npx and vite end together
  });
  const baseURL = `http://localhost:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(baseURL, { signal: AbortSignal.timeout(1_000) })).ok) return { baseURL, stop };
    } catch {
      // not answering yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  stop();
  throw new Error('vite preview did not answer within 30 s');
}

/** Installed in every document: long tasks, Event Timing entries and the time of the last input. */
function observe() {
  window.__bench = { longTasks: [], events: [], lastInput: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__bench.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration, interactionId: entry.interactionId ?? 0 });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // an engine without these entry types: the figures stay empty
  }
  // Every change of an aria-busy attribute, to tell a list that went busy and back from one not yet asked.
  window.__bench.busy = [];
  new MutationObserver((records) => {
    for (const record of records) window.__bench.busy.push({ t: performance.now(), value: record.target.getAttribute('aria-busy') });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  for (const type of ['pointerdown', 'keydown']) {
    addEventListener(type, (event) => (window.__bench.lastInput = event.timeStamp), { capture: true });
  }
}

/**
 * Resolves with performance.now() once the table captioned `caption` shows a first row, nothing is
 * aria-busy, the URL passes `urlCheck` (the source of a function of a URL) and the page `domCheck`
 * (the source of a function), two animation frames in a row; the time is that of the first of them.
 */
function waitSettled(page, caption, { urlCheck = null, domCheck = null, allowEmpty = false, timeout }) {
  return page
    .waitForFunction(
      ({ caption, urlCheck, domCheck, allowEmpty }) => {
        const table = [...document.querySelectorAll('table')].find(
          (element) => element.querySelector('caption')?.textContent?.trim() === caption || element.getAttribute('aria-label') === caption,
        );
        const row = table?.querySelector('tbody tr');
        const empty = [...document.querySelectorAll('h2, h3')].some((heading) => heading.textContent?.trim() === 'No order matches');
        const ok =
          Boolean(row?.checkVisibility() || (allowEmpty && empty)) &&
          !document.querySelector('[aria-busy="true"]') &&
          (!urlCheck || new Function('url', `return (${urlCheck})(url)`)(new URL(location.href))) &&
          (!domCheck || new Function(`return (${domCheck})()`)());
        const state = (window.__benchSettle ??= { since: null, frames: 0 });
        if (!ok) {
          state.since = null;
          state.frames = 0;
          return false;
        }
        state.since ??= performance.now();
        state.frames += 1;
        if (state.frames < 2) return false;
        const since = state.since;
        window.__benchSettle = null;
        return since;
      },
      { caption, urlCheck, domCheck, allowEmpty },
      { polling: 'raf', timeout },
    )
    .then((handle) => handle.jsonValue());
}

const maxLongTask = (tasks, from = 0) => Math.max(0, ...tasks.filter((task) => task.start >= from).map((task) => task.duration));
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const bench = (page) => page.evaluate(() => window.__bench);

async function measureWorld(browser, baseURL, ordersPerWorld) {
  const big = ordersPerWorld >= 10_000;
  const timeout = big ? 180_000 : 30_000;
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'en-GB', serviceWorkers: 'allow' });
  context.setDefaultTimeout(timeout);
  await context.addInitScript((size) => localStorage.setItem('comptoir.demo.ordersPerWorld', String(size)), ordersPerWorld);
  await context.addInitScript(observe);
  const page = await context.newPage();
  const figures = {};

  // Sign in: the first list after it generates the world (and the service worker starts).
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'E-mail' }).fill(account.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(account.password);
  const signInStart = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Sign in' }).click();
  figures.signInToRowsMs = (await waitSettled(page, ordersCaption, { timeout })) - signInStart;

  // 1–2. A load of /orders, then a reload: navigation start to the first row, and the longest task.
  await page.goto('/orders', { waitUntil: 'commit' });
  figures.coldLoadToRowsMs = await waitSettled(page, ordersCaption, { timeout });
  figures.coldLoadLongestTaskMs = maxLongTask((await bench(page)).longTasks);
  await page.reload({ waitUntil: 'commit' });
  figures.reloadToRowsMs = await waitSettled(page, ordersCaption, { timeout });
  figures.reloadLongestTaskMs = maxLongTask((await bench(page)).longTasks);

  // 3. Status filter clicks: from the pointerdown on an option to the settled list.
  const phaseStart = await page.evaluate(() => performance.now());
  await page.getByRole('combobox', { name: 'Status', exact: true }).click();
  const chosen = new Set();
  const clickTimes = [];
  for (const label of statusToggles) {
    const value = label.toLowerCase();
    if (chosen.has(value)) chosen.delete(value);
    else chosen.add(value);
    const expected = [...chosen].sort().join(',');
    await page.getByRole('option', { name: label, exact: true }).click();
    const urlCheck = `(url) => (url.searchParams.get('status') ?? '').split(',').filter(Boolean).sort().join(',') === ${JSON.stringify(expected)}`;
    // The pills of the filters show the new choice: React rendered it, not just the router's URL.
    const domCheck = `() => [...document.querySelectorAll('form[role="search"] .mantine-Pill-label')].map((pill) => pill.textContent).sort().join(',').toLowerCase() === ${JSON.stringify(expected)}`;
    const settled = await waitSettled(page, ordersCaption, { urlCheck, domCheck, timeout });
    clickTimes.push(settled - (await bench(page)).lastInput);
  }
  await page.keyboard.press('Escape');
  const clickEvents = (await bench(page)).events.filter((entry) => entry.start >= phaseStart && entry.interactionId > 0);
  figures.statusClickToRowsMs = { p50: percentile(clickTimes, 50), p95: percentile(clickTimes, 95), runs: clickTimes };
  figures.statusClickWorstInteractionMs = Math.max(0, ...clickEvents.map((entry) => entry.duration));

  // 4. Typed search: from the last keystroke to the settled list (150 ms of debounce included).
  const names = await page.evaluate((caption) => {
    const table = [...document.querySelectorAll('table')].find((element) => element.querySelector('caption')?.textContent?.trim() === caption);
    const headers = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent ?? '');
    const index = headers.findIndex((text) => text.startsWith('Customer'));
    return [...table.querySelectorAll(`tbody tr td:nth-child(${index + 1})`)].map((cell) => cell.textContent?.trim() ?? '');
  }, ordersCaption);
  // First names: a fragment that finds no order ends on the empty state, which counts as settled too.
  const fragments = [...new Set(names.map((name) => name.split(/\s+/)[0]).filter((word) => /^\p{L}{4,}$/u.test(word)))]
    .slice(0, searchCount)
    .map((word) => word.slice(0, 4).toLowerCase());
  const search = page.getByRole('textbox', { name: 'Search' });
  const searchTimes = [];
  for (const fragment of fragments) {
    await search.fill('');
    await waitSettled(page, ordersCaption, { urlCheck: `(url) => !url.searchParams.get('q')`, timeout });
    // The box follows the URL when it changes under it: let the cleared URL render before typing.
    await page.waitForTimeout(500);
    await search.pressSequentially(fragment, { delay: 50 });
    if ((await search.inputValue()) !== fragment) throw new Error(`the Search box shows "${await search.inputValue()}", not "${fragment}"`);
    const urlCheck = `(url) => url.searchParams.get('q') === ${JSON.stringify(fragment)}`;
    // The router changes the URL before React renders the new query (tens of ms at 100,000
    // orders): wait for the list to have gone busy after the last keystroke, then settle.
    const domCheck = `() => window.__bench.busy.some((change) => change.value === 'true' && change.t >= window.__bench.lastInput)`;
    const settled = await waitSettled(page, ordersCaption, { urlCheck, domCheck, allowEmpty: true, timeout: 30_000 }).catch(async (error) => {
      console.error(fragment, page.url(), await page.evaluate(() => document.querySelector('main')?.innerText?.slice(0, 600)));
      throw error;
    });
    searchTimes.push(settled - (await bench(page)).lastInput);
  }
  figures.searchToRowsMs = { p50: percentile(searchTimes, 50), p95: percentile(searchTimes, 95), runs: searchTimes, fragments };
  await search.fill('');

  // 5. JS heap after a garbage collection.
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  figures.heapAfterGcMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
  await cdp.detach();

  // 6. Statements, first open: from the pointerdown on the link to its table's first row.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statements' }).click();
  const statementsSettled = await waitSettled(page, statementsCaption, { timeout });
  const { lastInput, longTasks } = await bench(page);
  figures.statementsToRowsMs = statementsSettled - lastInput;
  figures.statementsLongestTaskMs = maxLongTask(longTasks, lastInput);

  await context.close();
  return figures;
}

const round = (ms) => Math.round(ms);
function print(ordersPerWorld, f) {
  const label = `browser, ${ordersPerWorld.toLocaleString('en-GB')} orders`;
  const lines = [
    `sign-in to rows (first load, generates the world) ${round(f.signInToRowsMs)} ms`,
    `cold load to rows ${round(f.coldLoadToRowsMs)} ms, longest task ${round(f.coldLoadLongestTaskMs)} ms`,
    `reload to rows ${round(f.reloadToRowsMs)} ms, longest task ${round(f.reloadLongestTaskMs)} ms`,
    `status filter click to rows: p50 ${round(f.statusClickToRowsMs.p50)} ms, p95 ${round(f.statusClickToRowsMs.p95)} ms (${f.statusClickToRowsMs.runs.length} clicks)`,
    `status filter clicks, worst interaction (Event Timing) ${f.statusClickWorstInteractionMs ? `${round(f.statusClickWorstInteractionMs)} ms` : 'under 16 ms'}`,
    `typed search to rows: p50 ${round(f.searchToRowsMs.p50)} ms, p95 ${round(f.searchToRowsMs.p95)} ms (${f.searchToRowsMs.runs.length} searches)`,
    `JS heap after GC ${f.heapAfterGcMb.toFixed(1)} MB`,
    `statements first open to rows ${round(f.statementsToRowsMs)} ms, longest task ${round(f.statementsLongestTaskMs)} ms`,
  ];
  for (const line of lines) console.log(`${label}: ${line}`);
}

if (!chromiumPath()) {
  console.error('No Chromium found for the browser figures: install Chromium or set CHROMIUM_PATH (or run with --no-browser).');
  process.exit(1);
}

const preview = await startPreview();
const results = { date: new Date().toISOString(), worlds: {} };
let browser;
try {
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  for (const ordersPerWorld of worldSizes) {
    const figures = await measureWorld(browser, preview.baseURL, ordersPerWorld);
    results.worlds[ordersPerWorld] = figures;
    print(ordersPerWorld, figures);
  }
} finally {
  await browser?.close();
  preview.stop();
}
mkdirSync(resolve(resultsFile, '..'), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`browser figures written to ${resultsFile}`);
