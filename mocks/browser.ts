import { demoDatabaseName, readDemoConfig } from './config';
import { connectBackend, type PagePort } from './worker/connection';

/**
 * The backend's worker: one SharedWorker for every tab of the browser, so they share one
 * database; a dedicated worker per tab where there is no SharedWorker. Either way the database
 * never runs on the page's main thread.
 */
function startBackendWorker(): { port: PagePort; worker: AbstractWorker } {
  if (typeof SharedWorker !== 'undefined') {
    const worker = new SharedWorker(new URL('./worker/backend-worker.ts', import.meta.url), { type: 'module', name: 'comptoir-demo-backend' });
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
  /** Settles once this tab's API calls are answered (they wait in the worker until its database is open). */
  serving: Promise<void>;
  /** Settles when the database is open. */
  ready: Promise<void>;
}

/**
 * Starts the backend worker at once, then loads msw, which answers this tab's API calls through
 * it. The worker's start (its code, then the database) is the longest step of a cold load, so it
 * does not wait for msw's code. Either promise fails if its part cannot start.
 */
export function startMockBackend(): MockBackend {
  const { port, worker } = startBackendWorker();
  const backend = connectBackend(port, readDemoConfig(localStorage));
  worker.addEventListener('error', () => backend.fail(new Error('The demo backend could not start.')));
  const ready = backend.ready.then(({ keptInTabOnly }) => {
    if (keptInTabOnly) console.warn('Demo data is kept in memory only: this browser gives the demo no IndexedDB.');
  });
  const network = import('./page-network');
  const serving = network.then(({ answerOnThePage }) => answerOnThePage(backend));
  // The service worker only serves what the browser asks for by itself: it starts once the page
  // has nothing else to do, rather than compete with the page's first requests.
  void Promise.all([network, ready.then(whenIdle)])
    .then(([{ answerThroughServiceWorker }]) => answerThroughServiceWorker(backend))
    .catch((error: unknown) => console.warn('The demo backend answers this page only: its service worker did not start.', error));
  return { serving, ready };
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
