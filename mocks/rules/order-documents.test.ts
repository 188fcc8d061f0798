import { activatedOrder, createdOrder, creditedOrder, fixtureToday } from '../testing/order-fixtures';
import { reduceByAmount } from './order-actions';
import { documentsOf } from './order-documents';

const context = { today: fixtureToday, now: `${fixtureToday}T14:05:00.000Z`, actor: 'Nathalie Dubois' };

describe('documents of an order', () => {
  it('has none before activation', () => {
    expect(documentsOf(createdOrder)).toEqual([]);
  });

  it('has the invoice from activation on, then a numbered credit note per credit, oldest first', () => {
    expect(documentsOf(activatedOrder)).toEqual([
      { id: 'INV-3333-1000042', type: 'invoice', number: 'INV-3333-1000042', issuedAt: '2026-11-03T10:00:00.000Z', amount: 21_495 },
    ]);
    const reduced = reduceByAmount(activatedOrder, 1_000, 'Goodwill', context);
    expect(documentsOf(reduced).at(-1)).toEqual({
      id: 'CN-3333-1000042-1',
      type: 'credit-note',
      number: 'CN-3333-1000042-1',
      issuedAt: context.now,
      amount: 1_000,
    });
    expect(documentsOf({ ...creditedOrder, events: [...reduced.events, ...creditedOrder.events.slice(2)] }).map((document) => document.number)).toEqual([
      'INV-3333-1000042',
      'CN-3333-1000042-1',
      'CN-3333-1000042-2',
    ]);
  });
});
