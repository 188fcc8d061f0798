// The demo's start with a long journal: how long opening the IndexedDB store and answering a first
// list takes with 5,000 and 50,000 kept changes, before and after the journal is folded into a
// snapshot. IndexedDB is fake-indexeddb in Node, so the figures stand for replay work, not a disk.
// Run with: npx tsx --tsconfig tsconfig.node.json tests/bench/journal-replay.ts
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { demoDatabaseName } from '@mocks/config';
import { openPersistentStore } from '@mocks/db/persistence';
import type { JournalEntry } from '@mocks/db/journal';
import { setToday } from '@mocks/rules/clock';
import type { OrderRecord } from '@mocks/rules/order-model';

const config = { seed: 1, ordersPerWorld: 2_000 };
const day = '2026-11-24';

/** Writes `changes` order changes straight into the journal, spread over every order of the world. */
async function keepChanges(changes: number): Promise<void> {
  const store = await openPersistentStore(config);
  const orders = await store.read((db) => Array.from({ length: config.ordersPerWorld }, (_, index) => db.order('3333', 'live', String(1_000_001 + index)) as OrderRecord));
  store.close();
  const idb = await new Promise<IDBDatabase>((resolve) => {
    const opening = indexedDB.open(demoDatabaseName);
    opening.onsuccess = () => resolve(opening.result);
  });
  await new Promise<void>((resolve) => {
    const transaction = idb.transaction('journal', 'readwrite');
    for (let change = 0; change < changes; change += 1) {
      const order = orders[change % orders.length]!;
      const entry: JournalEntry = { kind: 'order', order: { ...order, version: order.version + 1 + Math.floor(change / orders.length), yourReference: `change ${change}` } };
      transaction.objectStore('journal').add(entry);
    }
    transaction.oncomplete = () => resolve();
  });
  idb.close();
}

/** A start: open the store (replaying the journal) and answer a first list of the world. */
async function start(): Promise<number> {
  const began = performance.now();
  const store = await openPersistentStore(config);
  await store.read((db) => db.orderIndex('3333', 'live', day).page({ sort: 'orderDate', order: 'desc', page: 1, pageSize: 25 }));
  const elapsed = performance.now() - began;
  store.close();
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

setToday(day);
for (const changes of [5_000, 50_000]) {
  globalThis.indexedDB = new IDBFactory();
  await keepChanges(changes);
  const before = median([await start(), await start(), await start()]);
  // One more change folds the journal, as the next change of a user would.
  const store = await openPersistentStore(config);
  await store.write(({ db, record }) => record({ kind: 'order', order: db.order('3333', 'live', '1000001') as OrderRecord }));
  store.close();
  const after = median([await start(), await start(), await start()]);
  console.log(`demo start with ${changes.toLocaleString('en-GB')} kept changes: ${before.toFixed(0)} ms, after folding into a snapshot ${after.toFixed(0)} ms`);
}
