import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { readDemoConfig } from './config';
import { demoDatabaseName } from './db/persistence';
import { faults } from './faults';
import { isApiRequest } from './http/api-path';
import { problem } from './http/problem';
import { connectBackend, type BackendConnection, type PagePort } from './worker/connection';

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

/** Every API call goes to the worker; if the worker is gone, the app is told so in a problem, never a stack trace. */
function passThrough(backend: BackendConnection) {
  return http.all('*/api/*', async ({ request }) => {
    if (!isApiRequest(request)) return undefined;
    try {
      return await backend.send(request);
    } catch {
      return problem(503, 'The demo backend has stopped. Reload the page to start it again.');
    }
  });
}

/**
 * Starts the backend worker and, meanwhile, the service worker that answers the app's API calls in
 * this tab through it. Resolves once calls can be made (they wait in the worker until its database
 * is open, so the app renders meanwhile); `ready` settles when the database is open, or fails.
 */
export async function startMockBackend(): Promise<{ ready: Promise<void> }> {
  const { port, worker } = startBackendWorker();
  const backend = connectBackend(port, readDemoConfig(localStorage));
  worker.addEventListener('error', () => backend.fail(new Error('The demo backend could not start.')));
  const ready = backend.ready.then(({ keptInTabOnly }) => {
    if (keptInTabOnly) console.warn('Demo data is kept in memory only: this browser gives the demo no IndexedDB.');
  });
  // Faults a test asked for are taken here, where its settings are; the rest is the worker's.
  await setupWorker(...faults, passThrough(backend)).start({ onUnhandledFrame: 'bypass', quiet: true });
  return { ready };
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
