import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openPersistentStore } from '../db/persistence';
import type { Store } from '../db/store';
import { setToday } from '../rules/clock';

/**
 * Gives each test of the file a fresh (fake) IndexedDB on a fixed day, as a new browser profile,
 * and closes the stores it opened; `open` opens one more store over it, as a new tab would.
 */
export function freshBrowserStorage(day = '2026-11-24') {
  const opened: Store[] = [];
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    setToday(day);
  });
  afterEach(() => {
    for (const store of opened.splice(0)) store.close();
    setToday(null);
  });
  return {
    async open(settings = { seed: 1, ordersPerWorld: 40 }): Promise<Store> {
      const store = await openPersistentStore(settings);
      opened.push(store);
      return store;
    },
  };
}
