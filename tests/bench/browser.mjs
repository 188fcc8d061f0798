// npm run bench, browser part: the built app (dist/, service worker on) in real Chromium, at
// 2,000 and 100,000 orders per world. Times are taken inside the page (performance.now(), polled
// every animation frame), so Playwright's round trips do not count. Run after `vite build`.
/* global window, document, addEventListener -- these run inside the page */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-path.mjs';
import { measureAgainstBareApp, printBareComparison } from './bare-compare.mjs';
import { startPreview } from './preview.mjs';
import {
  bench,
  benchAfterLongTasks,
  heapAfterGcMb,
  maxLongTask,
  measureExport,
  measureNewTab,
  measureStatementPdf,
  measureStatusClicks,
  percentile,
  ordersCaption,
  statementsCaption,
  waitSettled,
  workerHeapAfterGcMb,
  worstInteraction,
} from './browser-steps.mjs';

// `--sizes=2000` measures fewer worlds, when trying a change.
const sizesArgument = process.argv.find((argument) => argument.startsWith('--sizes='));
const worldSizes = sizesArgument ? sizesArgument.slice('--sizes='.length).split(',').map(Number) : [2_000, 100_000];
const account = { email: 'admin@atelier-lumiere.example', password: 'demo-password' };
const searchCount = 6;
const resultsFile = resolve('node_modules/.cache/comptoir-bench/results.json');

/**
 * Installed in every document: long tasks, Event Timing entries, the time of the last input and
 * of each click on a download link (how the app hands a file to the browser: src/lib/save-file.ts).
 */
function observe() {
  window.__bench = { longTasks: [], events: [], lastInput: 0, downloads: [] };
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
  // A letter the keyboard has no key for (the é of "café") is typed as text, with no keydown:
  // its beforeinput is the keystroke.
  for (const type of ['pointerdown', 'keydown', 'beforeinput']) {
    addEventListener(type, (event) => (window.__bench.lastInput = event.timeStamp), { capture: true });
  }
  addEventListener('click', (event) => event.target.matches?.('a[download]') && window.__bench.downloads.push(performance.now()), { capture: true });
}

/** Waits until the demo's database keeps a generated world (asked every 250 ms). */
async function waitForKeptWorld(page, timeout) {
  const keptWorlds = () =>
    page.evaluate(
      () =>
        new Promise((resolve) => {
          const opening = globalThis.indexedDB.open('comptoir-demo');
          opening.onerror = () => resolve(0);
          opening.onsuccess = () => {
            const idb = opening.result;
            if (!idb.objectStoreNames.contains('worlds')) {
              idb.close();
              return resolve(0);
            }
            const counting = idb.transaction('worlds').objectStore('worlds').count();
            counting.onsuccess = () => {
              idb.close();
              resolve(counting.result);
            };
          };
        }),
    );
  for (const deadline = Date.now() + timeout; (await keptWorlds()) === 0; ) {
    if (Date.now() > deadline) throw new Error(`no world kept within ${timeout / 1000} s`);
    await page.waitForTimeout(250);
  }
}

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
  // The reload comes once the backend has kept the world it generated (in idle slices, after the
  // first answers), as it has for a user who stayed on the page a few seconds.
  await waitForKeptWorld(page, timeout);
  await page.reload({ waitUntil: 'commit' });
  figures.reloadToRowsMs = await waitSettled(page, ordersCaption, { timeout });
  figures.reloadLongestTaskMs = maxLongTask((await bench(page)).longTasks);

  // New tab: a second page of the same context meets the SharedWorker's world, already loaded.
  const newTab = await measureNewTab(context, timeout);
  figures.newTabToRowsMs = newTab.toRowsMs;
  figures.newTabLongestTaskMs = newTab.longestTaskMs;
  figures.workerHeapAfterGcMb = await workerHeapAfterGcMb(context.browser(), page);

  // 3. Status filter clicks: pressed as soon as the pointer arrives, then (on a reloaded page, so
  // that no list is cached yet) after it rests on the option as a hand does before it presses.
  const clicks = await measureStatusClicks(page, { timeout });
  figures.statusClickToRowsMs = clicks.toRows;
  figures.statusClickWorstInteractionMs = clicks.worstInteractionMs;
  figures.statusClickLongestTaskMs = clicks.longestTaskMs;
  await page.reload({ waitUntil: 'commit' });
  await waitSettled(page, ordersCaption, { timeout });
  const restedClicks = await measureStatusClicks(page, { restMs: 250, timeout });
  figures.restedStatusClickToRowsMs = restedClicks.toRows;
  figures.restedStatusClickWorstInteractionMs = restedClicks.worstInteractionMs;
  figures.restedStatusClickLongestTaskMs = restedClicks.longestTaskMs;

  // 4. Typed search: from the last keystroke to the settled list (the 100 ms pause included).
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
  const searchStart = await page.evaluate(() => performance.now());
  const searchTimes = [];
  for (const fragment of fragments) {
    await search.fill('');
    await waitSettled(page, ordersCaption, { urlCheck: `(url) => !url.searchParams.get('q')`, timeout });
    // The box follows the URL when it changes under it: let the cleared URL render before typing.
    await page.waitForTimeout(500);
    await search.pressSequentially(fragment, { delay: 50 });
    if ((await search.inputValue()) !== fragment) throw new Error(`the Search box shows "${await search.inputValue()}", not "${fragment}"`);
    const urlCheck = `(url) => url.searchParams.get('q') === ${JSON.stringify(fragment)}`;
    // The router changes the URL before React renders the new query: wait for the filters to show
    // it as a chip (React rendered it; the rows stay marked busy until its answer is on screen).
    const chip = `“${fragment}”`;
    const domCheck = `() => document.querySelector('form[role="search"]')?.textContent?.includes(${JSON.stringify(chip)}) ?? false`;
    const settled = await waitSettled(page, ordersCaption, { urlCheck, domCheck, allowEmpty: true, timeout: 30_000 }).catch(async (error) => {
      console.error(fragment, page.url(), await page.evaluate(() => document.querySelector('main')?.innerText?.slice(0, 600)));
      throw error;
    });
    searchTimes.push(settled - (await bench(page)).lastInput);
  }
  figures.searchToRowsMs = { p50: percentile(searchTimes, 50), p95: percentile(searchTimes, 95), runs: searchTimes, fragments };
  const afterSearches = await benchAfterLongTasks(page);
  figures.searchWorstInteractionMs = worstInteraction(afterSearches.events, searchStart);
  figures.searchLongestTaskMs = maxLongTask(afterSearches.longTasks, searchStart);
  await search.fill('');

  // 5. JS heap after a garbage collection.
  figures.heapAfterGcMb = await heapAfterGcMb(page);

  // 6. CSV export of every order (measureExport clears the search first).
  figures.export = await measureExport(page, timeout);

  // 7. Statements, first open: from the pointerdown on the link to its table's first row.
  const statementsStart = await page.evaluate(() => performance.now());
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statements' }).click();
  const statementsSettled = await waitSettled(page, statementsCaption, { timeout });
  const { lastInput, longTasks, events } = await bench(page);
  figures.statementsToRowsMs = statementsSettled - lastInput;
  figures.statementsLongestTaskMs = maxLongTask(longTasks, lastInput);
  figures.statementsWorstInteractionMs = worstInteraction(events, statementsStart);

  // 8. The PDF of the statement with the most movements.
  figures.statementPdf = await measureStatementPdf(page, timeout);

  await context.close();
  return figures;
}

const round = (ms) => Math.round(ms);
const interaction = (ms) => (ms ? `${round(ms)} ms` : 'under 16 ms');
function print(ordersPerWorld, f) {
  const label = `browser, ${ordersPerWorld.toLocaleString('en-GB')} orders`;
  const lines = [
    `sign-in to rows (first load, generates the world) ${round(f.signInToRowsMs)} ms`,
    `cold load to rows ${round(f.coldLoadToRowsMs)} ms, longest task ${round(f.coldLoadLongestTaskMs)} ms`,
    `reload to rows, once the world is kept ${round(f.reloadToRowsMs)} ms, longest task ${round(f.reloadLongestTaskMs)} ms`,
    `new tab to rows ${round(f.newTabToRowsMs)} ms, longest task ${round(f.newTabLongestTaskMs)} ms`,
    `backend worker JS heap after GC ${f.workerHeapAfterGcMb.toFixed(1)} MB`,
    `status filter click to rows: p50 ${round(f.statusClickToRowsMs.p50)} ms, p95 ${round(f.statusClickToRowsMs.p95)} ms (${f.statusClickToRowsMs.runs.length} clicks)`,
    `status filter clicks, worst interaction (Event Timing) ${interaction(f.statusClickWorstInteractionMs)}, longest task ${round(f.statusClickLongestTaskMs)} ms`,
    `status filter click after the pointer rests 250 ms on it, to rows: p50 ${round(f.restedStatusClickToRowsMs.p50)} ms, p95 ${round(f.restedStatusClickToRowsMs.p95)} ms (${f.restedStatusClickToRowsMs.runs.length} clicks)`,
    `status filter clicks after a rest, worst interaction (Event Timing) ${interaction(f.restedStatusClickWorstInteractionMs)}, longest task ${round(f.restedStatusClickLongestTaskMs)} ms`,
    `typed search to rows: p50 ${round(f.searchToRowsMs.p50)} ms, p95 ${round(f.searchToRowsMs.p95)} ms (${f.searchToRowsMs.runs.length} searches)`,
    `typed search, worst interaction (Event Timing) ${interaction(f.searchWorstInteractionMs)}, longest task ${round(f.searchLongestTaskMs)} ms`,
    `JS heap after GC ${f.heapAfterGcMb.toFixed(1)} MB`,
    ...exportLines(f.export),
    `statements first open to rows ${round(f.statementsToRowsMs)} ms, longest task ${round(f.statementsLongestTaskMs)} ms`,
    `statements first open, worst interaction (Event Timing) ${interaction(f.statementsWorstInteractionMs)}`,
    `statement of the busiest week (${f.statementPdf.week}) open to rows ${round(f.statementPdf.open.toRowsMs)} ms, longest task ${round(f.statementPdf.open.longestTaskMs)} ms`,
    `statement PDF (${f.statementPdf.week}, ${f.statementPdf.movements.toLocaleString('en-GB')} movements, ${f.statementPdf.fileKb.toFixed(0)} KiB) click to download ${round(f.statementPdf.toDownloadMs)} ms, longest task ${round(f.statementPdf.longestTaskMs)} ms`,
  ];
  for (const line of lines) console.log(`${label}: ${line}`);
}

function exportLines(e) {
  const progress = e.progress.last ? `progress shown (${e.progress.count} texts, last "${e.progress.last}")` : 'no progress text seen';
  return [
    `CSV export (${e.rows.toLocaleString('en-GB')} rows, ${e.fileMb.toFixed(1)} MB) click to download ${round(e.toDownloadMs)} ms, longest task ${round(e.longestTaskMs)} ms, ${progress}`,
    `CSV export JS heap: peak ${e.peakHeapMb.toFixed(1)} MB, after GC ${e.heapAfterGcMb.toFixed(1)} MB`,
    `CSV export click, worst interaction (Event Timing) ${interaction(e.worstInteractionMs)}`,
  ];
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
    args: chromiumArgs,
  });
  for (const ordersPerWorld of worldSizes) {
    const figures = await measureWorld(browser, preview.baseURL, ordersPerWorld);
    results.worlds[ordersPerWorld] = figures;
    print(ordersPerWorld, figures);
  }
  results.bareApp = await measureAgainstBareApp(browser, preview.baseURL);
  printBareComparison(results.bareApp);
} finally {
  await browser?.close();
  preview.stop();
}
mkdirSync(resolve(resultsFile, '..'), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`browser figures written to ${resultsFile}`);
