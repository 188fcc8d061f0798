import { demoDatabaseName, readDemoConfig } from './config';
import { answerOnThePage } from './page-fetch';
import { connectBackend, type PagePort } from './worker/connection';

declare global {
  /** SharedWorker's `extendedLifetime`, which TypeScript's DOM types do not know yet; browsers without it ignore it. */
  interface WorkerOptions {
    extendedLifetime?: boolean;
  }
}

/**
 * The backend's worker: one SharedWorker for every tab of the browser, so they share one
 * database; a dedicated worker per tab where there is no SharedWorker. Either way the database
 * never runs on the page's main thread.
 */
function startBackendWorker(): { port: PagePort; worker: AbstractWorker } {
  if (typeof SharedWorker !== 'undefined') {
    // With an extended lifetime (Chromium 148 and later), the worker outlives its last tab for a
    // while: what it is still storing is stored after the tab closes, and a reload or the next
    // visit finds the backend running with its database open instead of starting it again. Not
    // while developing: a reload after a change to the backend's code must start the new code.
    const worker = new SharedWorker(new URL('./worker/backend-worker.ts', import.meta.url), {
      type: 'module',
      name: 'comptoir-demo-backend',
      extendedLifetime: !import.meta.env.DEV,
    });
    return { port: worker.port, worker };
  }
  const worker = new Worker(new URL('./worker/backend-worker.ts', import.meta.url), { type: 'module', name: 'comptoir-demo-backend' });
  // A dedicated worker is its own port, always started.
  const port: PagePort = {
    postMessage: (message, transfer) => worker.postMessage(message, transfer),
    addEventListener: (type, listener) => worker.addEventListener(type, listener),
    start: () => undefined,
  };
  return { port, worker };
}

/** Settles once the page is idle (in the next task where the browser cannot tell). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve());
    else setTimeout(resolve, 0);
  });
}

export interface MockBackend {
  /** Settles when the database is open; this tab's calls wait in the worker until then. */
  ready: Promise<void>;
  /** The page says its first page is on screen: the service worker may start then. */
  firstPageShown(): void;
}

/**
 * Starts the backend worker and hands it this tab's API calls at once: the worker's start (its
 * code, then the database) is the longest step of a cold load. `ready` fails if it cannot start.
 */
export function startMockBackend(): MockBackend {
  const { port, worker } = startBackendWorker();
  const backend = connectBackend(port, readDemoConfig(localStorage));
  worker.addEventListener('error', () => backend.fail(new Error('The demo backend could not start.')));
  const ready = backend.ready.then(({ keptInTabOnly }) => {
    if (keptInTabOnly) console.warn('Demo data is kept in memory only: this browser gives the demo no IndexedDB.');
  });
  answerOnThePage(backend);
  let shown = () => {};
  const firstPage = new Promise<void>((resolve) => (shown = resolve));
  // The service worker only serves what the browser asks for by itself: it starts, with msw's
  // code, once the first page is on screen and the page has nothing else to do. Idle alone came
  // too early, at times: while the page waited for its own code, its first page yet to render.
  void Promise.all([ready, firstPage])
    .then(whenIdle)
    .then(() => import('./service-worker-network'))
    .then(({ answerThroughServiceWorker }) => answerThroughServiceWorker(backend))
    .catch((error: unknown) => console.warn('The demo backend answers this page only: its service worker did not start.', error));
  return { ready, firstPageShown: () => shown() };
}

/**
 * Deletes the demo data this browser keeps, for a start from the seed when it cannot be opened.
 * The backend worker lets go of the database when asked, so the deletion is not held up.
 */
export function forgetDemoData(): Promise<void> {
  return new Promise((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(demoDatabaseName);
    deleting.onsuccess = () => resolve();
    deleting.onerror = () => reject(deleting.error ?? new Error('The demo data could not be deleted'));
    deleting.onblocked = () => reject(new Error('Another tab still holds the demo data'));
  });
}
