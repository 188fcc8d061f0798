import { toSummary } from '../rules/order-view';
import type { OrderRecord } from '../rules/order-model';
import { freshBrowserStorage, inDemoDatabase } from '../testing/browser-storage';
import { compactAfterEntries } from './persistence';
import { StorageFullError } from './storage-full-error';
import type { Store } from './store';

// What a store does with stored values it cannot use: another version of the app, a full disk or a
// person with the developer tools may have left anything in IndexedDB.

const config = { seed: 1, ordersPerWorld: 40 };
const { open } = freshBrowserStorage();

/** Writes raw values to the browser's storage, as the developer tools would. */
const putRaw = (storeName: 'journal' | 'meta', values: unknown[], key?: string) =>
  inDemoDatabase(storeName, 'readwrite', (store) => {
    for (const value of values) store.put(value, key);
  });

const orderOf = (store: Store, orderNumber = '1000001') => store.read((db) => db.order('3333', 'live', orderNumber) as OrderRecord);
const listAll = (store: Store) => store.read((db) => db.orderIndex('3333', 'live', '2026-11-24').all({ sort: 'orderDate', order: 'desc' }).length);

describe('a store that defends itself', () => {
  it('sets aside journal entries it cannot read, applies the valid ones, and says which', async () => {
    const first = await open();
    const order = await orderOf(first);
    const changed = { ...order, version: order.version + 1, yourReference: 'kept' };
    const { customer: _customer, ...withoutCustomer } = { ...order, version: order.version + 2 };
    await putRaw('journal', [null, { kind: 'order', order: null }, { kind: 'reset', seed: 'x' }, { kind: 'order', order: changed }, { kind: 'order', order: withoutCustomer }]);

    const reopened = await open();
    expect((await orderOf(reopened)).yourReference).toBe('kept');
    expect(await listAll(reopened)).toBe(40);
    const { kept, setAside } = reopened.health();
    expect(kept).toBe('browser');
    expect(setAside.map(({ value }) => value)).toEqual([null, { kind: 'order', order: null }, { kind: 'reset', seed: 'x' }, { kind: 'order', order: withoutCustomer }]);
    // The other tab, already open, meets them on its next read and sets them aside too.
    expect((await orderOf(first)).yourReference).toBe('kept');
    expect(first.health().setAside).toHaveLength(4);
  });

  it('forgets the set-aside entries for good when asked', async () => {
    await open();
    await putRaw('journal', [{ kind: 'nonsense' }, 42]);
    const store = await open();
    expect(store.health().setAside).toHaveLength(2);
    await store.discardSetAside();
    expect(store.health().setAside).toEqual([]);
    expect((await open()).health().setAside).toEqual([]);
  });

  it('replaces a kept seed that is not one, such as an anchor that is no date, and sets it aside', async () => {
    await open();
    await putRaw('meta', [{ seed: 1, ordersPerWorld: 40, anchor: 'not-a-date' }], 'seed');
    const store = await open();
    expect(await store.read((db) => db.seedConfig)).toEqual({ ...config, anchor: '2026-11-24' });
    expect(await listAll(store)).toBe(40);
    expect(store.health().setAside).toEqual([{ key: 'seed', value: { seed: 1, ordersPerWorld: 40, anchor: 'not-a-date' } }]);
  });

  it('reads a change kept before reasons had codes as a typed reason', async () => {
    const store = await open();
    const order = await orderOf(store);
    const { statusReasonCode: _code, ...older } = { ...order, version: order.version + 1, status: 'cancelled' as const, statusReason: 'Customer withdrew' };
    await putRaw('journal', [{ kind: 'order', order: { ...older, events: order.events.map(({ reasonCode: _eventCode, ...event }) => event) } }]);
    const reopened = await open();
    expect(reopened.health().setAside).toEqual([]);
    expect(toSummary(await orderOf(reopened), '2026-11-24')).toMatchObject({ statusReason: 'Customer withdrew', statusReasonCode: null });
  });

  it('refuses a write the browser has no room for with a storage-full error, and applies nothing', async () => {
    const store = await open();
    const before = await orderOf(store);
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      const adding = add.apply(this, args);
      // What a full disk does: the transaction aborts with a QuotaExceededError.
      const transaction = this.transaction;
      Object.defineProperty(transaction, 'error', { get: () => quota, set: () => undefined, configurable: true });
      transaction.abort();
      return adding;
    };
    try {
      await expect(store.write(({ record }) => record({ kind: 'order', order: { ...before, version: before.version + 1 } }))).rejects.toBeInstanceOf(StorageFullError);
    } finally {
      IDBObjectStore.prototype.add = add;
    }
    expect(await orderOf(store)).toEqual(before);
    expect(await orderOf(await open())).toEqual(before);
  });
});

describe('a long-lived journal', () => {
  it(`is folded into a snapshot past ${compactAfterEntries} entries, and every tab rebuilds the same state from it`, async () => {
    const tabA = await open();
    const tabB = await open();
    const session = { token: 'kept-token', email: 'admin@atelier-lumiere.example', createdAt: '2026-11-24T08:00:00.000Z', expiresAt: '2999-01-01T00:00:00.000Z' };
    await tabA.write(({ record }) => record({ kind: 'session-created', session }));
    // Many versions of a few orders: the snapshot keeps each order once, as it is last.
    for (let change = 0; change <= compactAfterEntries; change += 1) {
      await tabA.write(({ db, record }) => {
        const order = db.order('3333', 'live', String(1_000_001 + (change % 5))) as OrderRecord;
        record({ kind: 'order', order: { ...order, version: order.version + 1, yourReference: `change ${change}` } });
      });
    }
    const journalLength = await inDemoDatabase('journal', 'readonly', (store) => store.count());
    expect(journalLength).toBeLessThan(20);

    for (const tab of [tabA, tabB, await open()]) {
      expect((await orderOf(tab, '1000001')).yourReference).toBe(`change ${compactAfterEntries}`);
      expect((await orderOf(tab, '1000005')).yourReference).toBe(`change ${compactAfterEntries - 1}`);
      expect(await tab.read((db) => db.session('kept-token', Date.now()))).toEqual(session);
      expect(await listAll(tab)).toBe(40);
    }
  });
});
