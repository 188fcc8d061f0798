import { freshBrowserStorage } from '../testing/browser-storage';
import type { UserRecord } from './user-records';
import type { Session } from './journal';
import { resetEntries, type Store } from './store';

const { open } = freshBrowserStorage();

const invitee: UserRecord = {
  id: 'user-1a2b3c',
  merchantId: '3333',
  email: 'emma@atelier-lumiere.example',
  name: 'Emma Peeters',
  role: 'finance',
  state: 'active',
  password: { algorithm: 'PBKDF2-SHA-256', iterations: 100_000, salt: '0a'.repeat(16), hash: 'f3'.repeat(32) },
  invitedBy: 'Nathalie Dubois',
  lastSignInAt: null,
};
const session: Session = { token: 'emma-token', email: invitee.email, createdAt: '2026-11-24T08:00:00.000Z', expiresAt: '2999-01-01T00:00:00.000Z' };

const accountsOf = (store: Store) =>
  store.read((db) => ({
    user: db.users.userByEmail(invitee.email),
    outbox: db.users.outbox(),
    failed: db.users.failedSignIns('nobody@example.com'),
    session: db.session(session.token, Date.now()),
  }));

describe('accounts in the IndexedDB journal', () => {
  it('outlive a reload, and a reseed of the orders leaves them alone', async () => {
    const tab = await open();
    await tab.write(({ record }) => {
      record({ kind: 'user', user: invitee });
      record({ kind: 'session-created', session });
      record({ kind: 'outbox-message', message: { id: 'message-1', kind: 'invitation', sentAt: session.createdAt, to: invitee.email, subject: 'S', body: 'B', link: '/invitations/ab' } });
      record({ kind: 'failed-sign-ins', email: 'nobody@example.com', state: { failures: ['2999-01-01T00:00:00.000Z'], lockedUntil: null } });
    });
    await tab.write(({ db, record }) => resetEntries(db, { seed: 7, ordersPerWorld: db.seedConfig.ordersPerWorld }, db.seedConfig.anchor).forEach(record));

    const reloaded = await accountsOf(await open());
    expect(reloaded.user).toEqual({ ...invitee, lastSignInAt: session.createdAt });
    expect(reloaded.outbox).toHaveLength(1);
    expect(reloaded.failed.failures).toHaveLength(1);
    expect(reloaded.session).toEqual(session);
  });

  it('end the sessions of a user once deactivated, in every tab', async () => {
    const tabA = await open();
    const tabB = await open();
    await tabA.write(({ record }) => {
      record({ kind: 'user', user: invitee });
      record({ kind: 'session-created', session });
    });
    await tabB.write(({ record }) => record({ kind: 'user', user: { ...invitee, state: 'deactivated' } }));
    expect((await accountsOf(tabA)).session).toBeUndefined();
    expect((await accountsOf(await open())).session).toBeUndefined();
  });
});
