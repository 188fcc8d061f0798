import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { demoDatabaseName } from '../config';
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
    async open(settings = { seed: 1, ordersPerWorld: 40 }, options: Parameters<typeof openPersistentStore>[1] = {}): Promise<Store> {
      const store = await openPersistentStore(settings, options);
      opened.push(store);
      return store;
    },
  };
}

/**
 * Reaches the demo's database as the developer tools would: runs `work` in one transaction over
 * `storeName`, and answers the result of the request it returns once the transaction is done.
 */
export function inDemoDatabase<T = undefined>(storeName: string, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(demoDatabaseName);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const idb = opening.result;
      const transaction = idb.transaction(storeName, mode);
      const request = work(transaction.objectStore(storeName));
      transaction.oncomplete = () => {
        idb.close();
        resolve(request ? request.result : undefined);
      };
      transaction.onerror = () => {
        idb.close();
        reject(transaction.error);
      };
    };
  });
}
