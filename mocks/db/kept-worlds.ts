import type { Mode } from '@/contract/common';
import type { WorldShelf } from './database';
import type { SeedConfig } from './seed';
import { readStoredOrders, storeOrdersInIdleSlices, type StoredOrders } from './stored-orders';

/** The object store of the demo's database that keeps generated worlds. */
export const worldsStore = 'worlds';

/**
 * Generated worlds kept in IndexedDB, so that the backend's next start (a reload, a new window)
 * reads a world back instead of generating it again. Each is kept under the code that made it
 * (`madeBy`: the backend worker's address, which changes with its code) and its seed: a world of
 * other code or another seed is never read back, and is deleted at the next start. Keeping one is
 * a convenience: when the browser refuses it, the world is generated again next time.
 */
export async function openKeptWorlds(idb: IDBDatabase, madeBy: string): Promise<WorldShelf> {
  const kept = new Map<string, StoredOrders>();
  await new Promise<void>((resolve, reject) => {
    const transaction = idb.transaction(worldsStore, 'readwrite');
    const reading = transaction.objectStore(worldsStore).openCursor();
    reading.onsuccess = () => {
      const cursor = reading.result;
      if (!cursor) return;
      if (String(cursor.key).startsWith(`${madeBy}|`)) kept.set(String(cursor.key), cursor.value as StoredOrders);
      else cursor.delete();
      cursor.continue();
    };
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('Could not read the kept worlds'));
  });
  const keyOf = ({ seed, ordersPerWorld, anchor }: SeedConfig, merchantId: string, mode: Mode) => [madeBy, seed, ordersPerWorld, anchor, merchantId, mode].join('|');
  return {
    take(seed, merchantId, mode) {
      const key = keyOf(seed, merchantId, mode);
      const stored = kept.get(key);
      // Read once: the world lives in the database from now on.
      kept.delete(key);
      return (stored && readStoredOrders(stored)) ?? undefined;
    },
    keep(seed, merchantId, mode, orders) {
      storeOrdersInIdleSlices(orders, (stored) => {
        try {
          const transaction = idb.transaction(worldsStore, 'readwrite');
          // A full quota or a closed database: the world is generated again next time.
          transaction.onerror = (event) => event.preventDefault();
          const worlds = transaction.objectStore(worldsStore);
          const key = keyOf(seed, merchantId, mode);
          // One world per merchant and mode: the one kept for an earlier seed or size goes.
          const keys = worlds.getAllKeys();
          keys.onsuccess = () => {
            for (const other of keys.result) if (other !== key && String(other).endsWith(`|${merchantId}|${mode}`)) worlds.delete(other);
            worlds.put(stored, key);
          };
        } catch {
          // The database was closed meanwhile (a reset of the demo, a newer version opening it).
        }
      });
    },
  };
}
