import { setupWorker } from 'msw/browser';
import { readDemoConfig } from './config';
import { openPersistentStore } from './db/persistence';
import { installStore, memoryStore } from './db/store';
import { handlers } from './handlers';
import { setToday } from './rules/clock';

/** Loads the shared database, then answers the app's API calls in this tab. */
export async function startMockBackend(): Promise<void> {
  const config = readDemoConfig(localStorage);
  setToday(config.today);
  const seed = { seed: config.seed, ordersPerWorld: config.ordersPerWorld };
  // Without IndexedDB (some private modes) the demo still runs, in this tab only.
  const store = await openPersistentStore(seed).catch((error: unknown) => {
    console.warn('Demo data is kept in this tab only', error);
    return memoryStore(seed);
  });
  installStore(store);
  await setupWorker(...handlers).start({ onUnhandledFrame: 'bypass', quiet: true });
}
