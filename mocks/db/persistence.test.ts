import type { OrderRecord } from '../rules/order-model';
import { freshBrowserStorage } from '../testing/browser-storage';
import type { RecordedAnswer, Session } from './journal';
import type { Store } from './store';

const session: Session = { token: 'tab-a-token', email: 'admin@atelier-lumiere.example', createdAt: '2026-11-24T08:00:00.000Z', expiresAt: '2999-01-01T00:00:00.000Z' };
const { open } = freshBrowserStorage();

const readOrder = (store: Store, orderNumber = '1000001') =>
  store.read((db) => db.order('3333', 'live', orderNumber) as OrderRecord);

/** The change a user would make: the whole order, one version further. */
const bumpVersion = (store: Store) =>
  store.write(({ db, record }) => {
    const order = db.order('3333', 'live', '1000001') as OrderRecord;
    record({ kind: 'order', order: { ...order, version: order.version + 1, yourReference: `seen v${order.version}` } });
    return order.version;
  });

describe('the IndexedDB journal', () => {
  it('lets every tab see the others’ writes before it answers', async () => {
    const tabA = await open();
    const tabB = await open();
    await tabA.write(({ record }) => record({ kind: 'session-created', session }));
    expect(await tabB.read((db) => db.session(session.token, Date.now()))).toEqual(session);

    const before = await readOrder(tabB);
    await bumpVersion(tabB);
    expect((await readOrder(tabA)).version).toBe(before.version + 1);
  });

  it('runs each write against the latest state, so concurrent changes never share a version', async () => {
    const tabA = await open();
    const tabB = await open();
    const start = (await readOrder(tabA)).version;
    const seen = await Promise.all([bumpVersion(tabA), bumpVersion(tabB), bumpVersion(tabA)]);
    expect(seen.sort((a, b) => a - b)).toEqual([start, start + 1, start + 2]);
    expect((await readOrder(tabB)).version).toBe(start + 3);
  });

  it('rebuilds the state in a tab opened later', async () => {
    const tabA = await open();
    await tabA.write(({ record }) => record({ kind: 'session-created', session }));
    await bumpVersion(tabA);
    const later = await open();
    expect((await readOrder(later)).yourReference).toMatch(/^seen v/);
    expect(await later.read((db) => db.session(session.token, Date.now()))).toEqual(session);
  });

  it('restores the seed on reset for every tab and keeps the sessions', async () => {
    const tabA = await open();
    const tabB = await open();
    const seeded = await readOrder(tabA);
    await tabA.write(({ record }) => record({ kind: 'session-created', session }));
    await bumpVersion(tabA);
    await tabB.write(({ db, record }) => record({ kind: 'reset', seed: { ...db.seedConfig, anchor: '2026-11-24' }, sessions: db.liveSessions(Date.now()) }));
    expect(await readOrder(tabA)).toEqual(seeded);
    expect(await tabA.read((db) => db.session(session.token, Date.now()))).toEqual(session);
    expect(await readOrder(await open())).toEqual(seeded);
  });

  it('reseeds when the demo is configured with another seed', async () => {
    const first = await readOrder(await open());
    const reseeded = await open({ seed: 7, ordersPerWorld: 40 });
    expect(await reseeded.read((db) => db.seedConfig)).toEqual({ seed: 7, ordersPerWorld: 40, anchor: '2026-11-24' });
    expect(await readOrder(reseeded)).not.toEqual(first);
  });

  it('shares the answers to idempotent requests with every tab until a reset', async () => {
    const tabA = await open();
    const tabB = await open();
    const answer: RecordedAnswer = { merchantId: '3333', mode: 'live', key: 'k-1', request: 'POST /api/orders/1000001/activate', status: 200, body: { version: 2 } };
    await tabA.write(({ record }) => record({ kind: 'idempotent-answer', answer }));
    expect(await tabB.read((db) => db.recordedAnswer('3333', 'live', 'k-1'))).toEqual(answer);
    expect(await tabB.read((db) => db.recordedAnswer('3333', 'test', 'k-1'))).toBeUndefined();
    expect(await (await open()).read((db) => db.recordedAnswer('3333', 'live', 'k-1'))).toEqual(answer);
    await tabB.write(({ db, record }) => record({ kind: 'reset', seed: db.seedConfig, sessions: [] }));
    expect(await tabA.read((db) => db.recordedAnswer('3333', 'live', 'k-1'))).toBeUndefined();
  });

  it('leaves the state untouched when a write refuses', async () => {
    const tab = await open();
    const before = await readOrder(tab);
    await expect(
      tab.write(({ record }) => {
        record({ kind: 'session-created', session });
        throw new Error('stale version');
      }),
    ).rejects.toThrow('stale version');
    expect(await tab.read((db) => db.session(session.token, Date.now()))).toBeUndefined();
    expect(await readOrder(await open())).toEqual(before);
  });
});
