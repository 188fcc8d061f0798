// Steps of tests/bench/browser.mjs: waiting for a settled list, and the figures of a new tab, the
// CSV export, a statement's PDF and the backend worker's heap. Times are taken inside the page.
/* global window, document, location, MutationObserver -- these run inside the page */
import { readFile, stat } from 'node:fs/promises';

export const ordersCaption = 'Orders matching the filters';
export const statementsCaption = 'Weekly statements, newest first';
const movementsCaption = 'Movements of the week';

export const bench = (page) => page.evaluate(() => window.__bench);
/** The page's figures once the long tasks just ended have reached the observer, a little after they end. */
export const benchAfterLongTasks = async (page) => {
  await sleep(300);
  return bench(page);
};
export const maxLongTask = (tasks, from = 0) => Math.max(0, ...tasks.filter((task) => task.start >= from).map((task) => task.duration));
/** The longest Event Timing entry of an interaction since `from`; 0 when none passed the 16 ms threshold. */
export const worstInteraction = (events, from) => Math.max(0, ...events.filter((entry) => entry.start >= from && entry.interactionId > 0).map((entry) => entry.duration));
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const mb = (bytes) => bytes / 1024 / 1024;

/**
 * Resolves with performance.now() once the table captioned `caption` shows a first row, nothing is
 * aria-busy, the URL passes `urlCheck` (the source of a function of a URL) and the page `domCheck`
 * (the source of a function), two animation frames in a row; the time is that of the first of them.
 */
export function waitSettled(page, caption, { urlCheck = null, domCheck = null, allowEmpty = false, timeout }) {
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

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

// Each status is chosen twice, so that the filter ends as it began.
const statusToggles = ['Created', 'Activated', 'Created', 'Paid', 'Activated', 'Cancelled', 'Paid', 'Cancelled'];

/**
 * Status filter clicks, from the pointerdown on an option to the settled list, and the longest
 * main-thread task meanwhile (opening the list of options included). Playwright presses
 * as soon as the pointer arrives on the option; with `restMs` the pointer first rests there that
 * long, as a hand does before it presses, which the app uses to ask for that option's list.
 */
export async function measureStatusClicks(page, { restMs = 0, timeout }) {
  const phaseStart = await page.evaluate(() => performance.now());
  await page.getByRole('combobox', { name: 'Status', exact: true }).click();
  const chosen = new Set();
  const runs = [];
  for (const label of statusToggles) {
    const value = label.toLowerCase();
    if (chosen.has(value)) chosen.delete(value);
    else chosen.add(value);
    const expected = [...chosen].sort().join(',');
    const option = page.getByRole('option', { name: label, exact: true });
    if (restMs > 0) {
      await option.hover();
      await page.waitForTimeout(restMs);
    }
    await option.click();
    const urlCheck = `(url) => (url.searchParams.get('status') ?? '').split(',').filter(Boolean).sort().join(',') === ${JSON.stringify(expected)}`;
    // The pills of the filters show the new choice: React rendered it, not just the router's URL.
    const domCheck = `() => [...document.querySelectorAll('form[role="search"] .mantine-Pill-label')].map((pill) => pill.textContent).sort().join(',').toLowerCase() === ${JSON.stringify(expected)}`;
    const settled = await waitSettled(page, ordersCaption, { urlCheck, domCheck, timeout });
    runs.push(settled - (await bench(page)).lastInput);
  }
  await page.keyboard.press('Escape');
  const { events, longTasks } = await benchAfterLongTasks(page);
  return {
    toRows: { p50: percentile(runs, 50), p95: percentile(runs, 95), runs },
    worstInteractionMs: worstInteraction(events, phaseStart),
    longestTaskMs: maxLongTask(longTasks, phaseStart),
  };
}

/** The page's JS heap after a garbage collection, in MB. */
export async function heapAfterGcMb(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return mb((await cdp.send('Runtime.getHeapUsage')).usedSize);
  } finally {
    await cdp.detach();
  }
}

/** A second tab on /orders: with the SharedWorker it finds the world already loaded. */
export async function measureNewTab(context, timeout) {
  const tab = await context.newPage();
  try {
    await tab.goto('/orders', { waitUntil: 'commit' });
    const toRowsMs = await waitSettled(tab, ordersCaption, { timeout }).catch((error) => {
      throw new Error(`new tab: no settled orders list within ${timeout / 1000} s (${tab.url()})`, { cause: error });
    });
    return { toRowsMs, longestTaskMs: maxLongTask((await bench(tab)).longTasks) };
  } finally {
    await tab.close();
  }
}

/**
 * Clicks `button` and waits for the file it downloads. The time runs from the pointerdown to the
 * click the app gives its download link (observe() records it), the moment the file is handed to
 * the browser; Playwright's download event confirms it. `whileWaiting` runs until then.
 */
async function clickToDownload(page, button, { extension, timeout, whileWaiting = async () => {} }) {
  let waiting = true;
  const side = whileWaiting(() => waiting);
  let download;
  try {
    [download] = await Promise.all([page.waitForEvent('download', { timeout }), button.click()]);
  } catch (error) {
    throw new Error(`no download within ${timeout / 1000} s after clicking ${button}`, { cause: error });
  } finally {
    waiting = false;
    await side;
  }
  const filename = download.suggestedFilename();
  if (!filename.endsWith(extension)) throw new Error(`the download is "${filename}", not a ${extension} file`);
  const path = await download.path();
  const { lastInput, downloads, longTasks, events } = await benchAfterLongTasks(page);
  const handedAt = downloads.find((t) => t >= lastInput);
  if (handedAt === undefined) throw new Error(`the page gave no download link a click after the click on ${button}`);
  return { ms: handedAt - lastInput, longestTaskMs: maxLongTask(longTasks, lastInput), lastInput, events, filename, path };
}

/** Records the "Exporting: …" texts a role="status" element shows, in window.__benchProgress. */
function watchProgress() {
  const seen = (window.__benchProgress = { first: null, last: null, count: 0 });
  const observer = new MutationObserver(() => {
    const text = [...document.querySelectorAll('[role="status"]')].map((element) => element.textContent?.trim() ?? '').find((t) => t.startsWith('Exporting'));
    if (!text || text === seen.last) return;
    seen.first ??= text;
    seen.last = text;
    seen.count += 1;
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  seen.stop = () => observer.disconnect();
}

/** The CSV export of the whole, unfiltered list: time, longest task, progress shown, peak heap. */
export async function measureExport(page, timeout) {
  const search = page.getByRole('textbox', { name: 'Search' });
  await search.fill('');
  // The list's URL (src/features/orders/lib/list-params.ts) may say how it is sorted and paged,
  // nothing else: any other parameter is a filter.
  const notFilters = ['sort', 'order', 'page', 'pageSize'];
  const unfiltered = `(url) => [...url.searchParams.keys()].every((key) => ${JSON.stringify(notFilters)}.includes(key))`;
  await waitSettled(page, ordersCaption, { urlCheck: unfiltered, timeout }).catch((error) => {
    throw new Error(`export: the orders list is still filtered (${page.url()})`, { cause: error });
  });
  await page.evaluate(watchProgress);
  const cdp = await page.context().newCDPSession(page);
  let peakBytes = 0;
  // Polled from Node: the heap the page reaches while the export streams in.
  const pollHeap = async (running) => {
    while (running()) {
      peakBytes = Math.max(peakBytes, (await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }))).usedSize);
      await sleep(100);
    }
  };
  const phaseStart = await page.evaluate(() => performance.now());
  const button = page.getByRole('button', { name: 'Export CSV' });
  const result = await clickToDownload(page, button, { extension: '.csv', timeout, whileWaiting: pollHeap });
  await cdp.detach();
  // Done once the button is back; the app revokes the file's URL a second after it hands it over.
  await button.waitFor({ timeout: 30_000 });
  await sleep(1_200);
  const progress = await page.evaluate(() => {
    window.__benchProgress.stop();
    return { first: window.__benchProgress.first, last: window.__benchProgress.last, count: window.__benchProgress.count };
  });
  const text = await readFile(result.path, 'utf8');
  const rows = text.split('\n').filter(Boolean).length - 1;
  return {
    toDownloadMs: result.ms,
    longestTaskMs: result.longestTaskMs,
    rows,
    fileMb: mb((await stat(result.path)).size),
    progress,
    peakHeapMb: mb(peakBytes),
    heapAfterGcMb: await heapAfterGcMb(page),
    worstInteractionMs: worstInteraction(result.events, phaseStart),
  };
}

/** On the statements list: opens the statement with the most movements and downloads its PDF. */
export async function measureStatementPdf(page, timeout) {
  const { week, movements } = await page.evaluate((caption) => {
    const table = [...document.querySelectorAll('table')].find((element) => element.querySelector('caption')?.textContent?.trim() === caption);
    const column = [...table.querySelectorAll('thead th')].findIndex((cell) => cell.textContent?.trim() === 'Movements');
    // Every week listed has ended, its files issued (the running week has no statement yet).
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => ({
      week: row.querySelector('td a')?.textContent?.trim() ?? '',
      movements: column < 0 ? 0 : Number(row.children[column]?.textContent?.replace(/\D/g, '') || 0),
    }));
    // Without a Movements column every count is 0, and the first (newest) statement is taken.
    return rows.reduce((best, row) => (row.movements > best.movements ? row : best));
  }, statementsCaption);
  if (!week) throw new Error('statement PDF: no statement link in the first row of the statements');
  await page.getByRole('link', { name: week, exact: true }).click();
  const opened =
    movements > 0
      ? waitSettled(page, movementsCaption, { urlCheck: `(url) => decodeURIComponent(url.pathname).endsWith(${JSON.stringify(`/${week}`)})`, timeout })
      : page.getByRole('heading', { level: 1, name: `Statement ${week}` }).waitFor({ timeout }).then(() => page.evaluate(() => performance.now()));
  const openedAt = await opened.catch((error) => {
    throw new Error(`statement PDF: the statement ${week} did not open within ${timeout / 1000} s (${page.url()})`, { cause: error });
  });
  // Opening it: from the click on its link to its first movement, and the longest task meanwhile.
  const { lastInput, longTasks } = await bench(page);
  const open = { toRowsMs: openedAt - lastInput, longestTaskMs: maxLongTask(longTasks, lastInput) };
  const button = page.getByRole('button', { name: `Download the statement of ${week} as PDF`, exact: true });
  const result = await clickToDownload(page, button, { extension: '.pdf', timeout });
  return { week, movements, open, toDownloadMs: result.ms, longestTaskMs: result.longestTaskMs, fileKb: (await stat(result.path)).size / 1024 };
}

/**
 * The backend SharedWorker's JS heap after a garbage collection, in MB. Playwright has no handle
 * on shared workers: attach to it from a browser-level CDP session, unflattened, so that its
 * commands travel inside Target.sendMessageToTarget on that session.
 */
export async function workerHeapAfterGcMb(browser, page) {
  const pageSession = await page.context().newCDPSession(page);
  const { browserContextId } = (await pageSession.send('Target.getTargetInfo')).targetInfo;
  await pageSession.detach();
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const target = targetInfos.find((info) => info.type === 'shared_worker' && info.url.includes('backend-worker') && info.browserContextId === browserContextId);
    if (!target) throw new Error(`no backend SharedWorker among the targets: ${targetInfos.map((info) => `${info.type} ${info.url}`).join(', ')}`);
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const replies = new Map();
    session.on('Target.receivedMessageFromTarget', (event) => {
      const message = event.sessionId === sessionId ? JSON.parse(event.message) : null;
      if (message?.id) replies.get(message.id)?.(message);
    });
    let lastId = 0;
    const send = (method) => {
      const id = ++lastId;
      const reply = new Promise((done) => {
        replies.set(id, done);
        setTimeout(() => done({ error: { message: 'no answer within 30 s' } }), 30_000).unref();
        session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch((error) => done({ error }));
      });
      return reply.then((message) => {
        if (message.error) throw new Error(`backend worker, ${method}: ${message.error.message}`);
        return message.result;
      });
    };
    await send('HeapProfiler.collectGarbage');
    return mb((await send('Runtime.getHeapUsage')).usedSize);
  } finally {
    await session.detach();
  }
}
