import { activatedOrder, cancelledOrder, createdOrder, creditedOrder, expiringOrder, fixtureToday, paidOrder } from '../testing/order-fixtures';
import { activate, extendExpiry, reduceByAmount, returnLines } from '../rules/order-actions';
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
      extendExpiry(expiringOrder, context),
      reduceByAmount(activatedOrder, 500, 'Goodwill {{x}}', context),
      returnLines(activatedOrder, [{ lineId: activatedOrder.lines[0]!.id, quantity: 1, reason: '$t(x)' }], 'Returned', context),
    ];
    for (const order of [...seeded, ...acted, paidOrder, cancelledOrder, creditedOrder]) {
      expect(readJournalEntry({ kind: 'order', order })).toEqual({ kind: 'order', order });
    }
  });

  it('reads an order kept before expiries could be extended as never extended', () => {
    const { expiryExtended: _, ...kept } = createdOrder;
    expect(readJournalEntry({ kind: 'order', order: kept })).toEqual({ kind: 'order', order: createdOrder });
  });

  it('reads the latest credit of an order kept before it was noted from its timeline', () => {
    const reduced = reduceByAmount(activatedOrder, 500, 'Goodwill', context);
    for (const order of [reduced, creditedOrder, activatedOrder]) {
      const { lastCreditedAt, ...kept } = order;
      expect(readJournalEntry({ kind: 'order', order: kept })).toEqual({ kind: 'order', order: { ...kept, lastCreditedAt } });
    }
    expect(reduced.lastCreditedAt).toBe(context.now);
    expect(activatedOrder.lastCreditedAt).toBeNull();
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

  it('accepts tickets and what is written on them, and reads a ticket kept before the missing-payment fields or its language without them', () => {
    const ticket = {
      ticketNumber: 'CPT-3333-000105',
      createdAt: '2026-11-24T08:00:00.000Z',
      firstName: 'Sofie',
      lastName: 'Maes',
      merchantId: '3333',
      email: 'support@atelier-lumiere.example',
      topic: 'missing-payment',
      orderReference: '1000042',
      customerId: null,
      message: 'Paid, says the customer.',
      language: 'fr',
      wishedDueDate: null,
      paymentDate: '2026-11-20',
      paidAmount: 4990,
      shopperBankReference: 'NOTPROVIDED',
    };
    const message = { id: 'CPT-3333-000105-2', author: 'provider', authorName: 'Claire Peeters', at: '2026-11-25T08:30:00.000Z', body: 'Which IBAN?', status: 'waiting-for-you' };
    const entries = [
      { kind: 'ticket', mode: 'live', ticket },
      { kind: 'ticket-message', mode: 'live', merchantId: '3333', ticketNumber: ticket.ticketNumber, message },
      { kind: 'ticket-read', mode: 'test', merchantId: '3333', ticketNumber: ticket.ticketNumber, seen: 2 },
    ];
    for (const entry of entries) expect(readJournalEntry(entry)).toEqual(entry);

    const { paymentDate: _date, paidAmount: _amount, shopperBankReference: _reference, language: _language, ...older } = ticket;
    // Those tickets were all written in English.
    expect(readJournalEntry({ kind: 'ticket', mode: 'live', ticket: { ...older, topic: 'technical', status: 'open' } })).toEqual({
      kind: 'ticket',
      mode: 'live',
      ticket: { ...older, topic: 'technical', language: 'en', paymentDate: null, paidAmount: null, shopperBankReference: null },
    });
    expect(readJournalEntry({ kind: 'ticket-read', mode: 'live', merchantId: '3333', ticketNumber: 'x', seen: 0 })).toBeNull();
    expect(readJournalEntry({ kind: 'ticket-message', mode: 'live', merchantId: '3333', ticketNumber: 'x', message: { ...message, author: 'bot' } })).toBeNull();
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
