// The embedded backend's worker: the database, its generation, indexes and persistence live here,
// off the pages' main threads. As a SharedWorker it serves every tab of the browser from one
// database; as a dedicated worker (where there is no SharedWorker) it serves its own tab.

// First, before msw is imported by the handlers.
import { restoreStackTraces } from './declaration-stacks';
import './worker-storage';
import type { DemoConfig } from '../config';
import { openPersistentStore, StorageBlockedError } from '../db/persistence';
import { installStore, memoryStore } from '../db/store';
import { backendHandlers } from '../handlers';
import { respond } from '../http/respond';
import { setToday } from '../rules/clock';
import { createBackendServer, type Port } from './backend';

async function open(config: DemoConfig): Promise<{ keptInTabOnly: boolean }> {
  setToday(config.today);
  const seed = { seed: config.seed, ordersPerWorld: config.ordersPerWorld };
  try {
    // Generated worlds are kept for the next start of this very code: its address changes with it.
    // Not while developing, where the code changes under an address that stays.
    installStore(await openPersistentStore(seed, { worldsMadeBy: import.meta.env.DEV ? null : self.location.href }));
    return { keptInTabOnly: false };
  } catch (error) {
    // Without IndexedDB (some private modes), or held up by an older tab, the demo still runs, for
    // as long as this worker lives; the app says so.
    console.warn('Demo data is kept in memory only', error);
    installStore(memoryStore(seed, error instanceof StorageBlockedError ? 'blocked' : 'unavailable'));
    return { keptInTabOnly: true };
  }
}

restoreStackTraces();

const serve = createBackendServer({ open, respond: (request) => respond(backendHandlers, request) });

const scope = globalThis as unknown as {
  onconnect?: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener: Port['addEventListener'];
};

if ('onconnect' in scope) {
  scope.onconnect = (event) => {
    const [port] = event.ports;
    if (port) serve(port);
  };
} else {
  // A dedicated worker is its own port, always started.
  serve({ postMessage: (message, transfer) => scope.postMessage(message, transfer), addEventListener: scope.addEventListener.bind(scope), start: () => undefined });
}
