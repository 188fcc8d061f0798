import { activatedOrder, cancelledOrder, createdOrder, creditedOrder, fixtureToday, paidOrder } from '../testing/order-fixtures';
import { activate, reduceByAmount, returnLines } from '../rules/order-actions';
import { Database } from './database';
import { readJournalEntry, readSeedConfig } from './journal-schema';

// The check on stored values must never refuse what this backend itself writes.

const context = { today: fixtureToday, now: `${fixtureToday}T10:00:00.000Z`, actor: 'Amélie Laurent' };

const invitee = {
  id: 'user-1a2b3c',
  merchantId: '3333',
  email: 'emma@atelier-lumiere.example',
  name: null,
  role: 'finance',
  state: 'invited',
  password: null,
  invitedBy: 'Nathalie Dubois',
  lastSignInAt: null,
};
const hash = { algorithm: 'PBKDF2-SHA-256', iterations: 100_000, salt: '0a'.repeat(16), hash: 'f3'.repeat(32) };

describe('reading a stored journal entry', () => {
  it('accepts every order the seed and the actions make', () => {
    const db = new Database({ seed: 3, ordersPerWorld: 200, anchor: fixtureToday });
    const seeded = Array.from({ length: 200 }, (_, index) => db.order('3333', 'live', String(1_000_001 + index)));
    const acted = [
      activate(createdOrder, context),
      reduceByAmount(activatedOrder, 500, 'Goodwill {{x}}', context),
      returnLines(activatedOrder, [{ lineId: activatedOrder.lines[0]!.id, quantity: 1, reason: '$t(x)' }], 'Returned', context),
    ];
    for (const order of [...seeded, ...acted, paidOrder, cancelledOrder, creditedOrder]) {
      expect(readJournalEntry({ kind: 'order', order })).toEqual({ kind: 'order', order });
    }
  });

  it('accepts the other kinds of change', () => {
    const session = { token: 't', email: 'a@b.example', createdAt: '2026-11-24T08:00:00.000Z', expiresAt: '2026-11-25T08:00:00.000Z' };
    const entries = [
      { kind: 'session-created', session },
      { kind: 'session-deleted', token: 't' },
      { kind: 'merchant-reset', merchantId: '3333' },
      { kind: 'reset', seed: { seed: 1, ordersPerWorld: 2000, anchor: '2026-11-24' }, sessions: [session] },
      { kind: 'idempotent-answer', answer: { merchantId: '3333', mode: 'test', key: 'k', request: 'POST /x', status: 200, body: { a: 1 } } },
      { kind: 'user', user: { ...invitee, state: 'active', name: 'Emma Peeters', password: hash } },
      { kind: 'user', user: invitee },
      { kind: 'link', link: { digest: 'ab12', purpose: 'invitation', userId: 'user-1a2b3c', createdAt: session.createdAt, expiresAt: session.expiresAt, usedAt: null } },
      { kind: 'outbox-message', message: { id: 'message-1', kind: 'invitation', sentAt: session.createdAt, to: invitee.email, subject: 'S', body: 'B', link: '/invitations/ab' } },
      { kind: 'failed-sign-ins', email: 'x@y.example', state: { failures: [session.createdAt], lockedUntil: null } },
    ];
    for (const entry of entries) expect(readJournalEntry(entry)).toEqual(entry);
  });

  it.each([
    null,
    42,
    'order',
    {},
    { kind: 'order', order: null },
    { kind: 'reset', seed: 'x', sessions: [] },
    { kind: 'session-created', session: { token: '' } },
    // A password in clear is never a stored value this backend reads.
    { kind: 'user', user: { ...invitee, password: 'lantern-orchard-42' } },
    { kind: 'user', user: { ...invitee, role: 'owner' } },
  ])(
    'refuses %j',
    (value) => expect(readJournalEntry(value)).toBeNull(),
  );

  it('refuses a seed whose anchor is not a real day', () => {
    expect(readSeedConfig({ seed: 1, ordersPerWorld: 10, anchor: '2026-11-24' })).not.toBeNull();
    for (const anchor of ['not-a-date', '2026-02-31', '']) expect(readSeedConfig({ seed: 1, ordersPerWorld: 10, anchor })).toBeNull();
  });
});
