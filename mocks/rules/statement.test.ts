import type { Movement } from '@/contract/statements';
import type { OrderRecord } from './order-model';
import { asOf, buildStatement, feeFor, orderMovements, settlementDate, settlementOf, summaryOf } from './statement';
import { activatedOrder, cancelledOrder, creditedOrder, expiredOrder, fixtureTotal, paidOrder } from '@mocks/testing/order-fixtures';

const week45 = { year: 2026, week: 45 };
const week46 = { year: 2026, week: 46 };

/** Activated on 3 Nov (W45), then 10.00 taken off and one unit (40.50) sent back on 10 Nov (W46). */
const reducedOrder: OrderRecord = {
  ...activatedOrder,
  events: [
    ...activatedOrder.events,
    { id: '1000042-3', type: 'reduced', at: '2026-11-10T08:00:00.000Z', actor: 'Nathalie Dubois', amount: 1_000, reason: 'Goodwill', reasonCode: null },
    { id: '1000042-4', type: 'returned', at: '2026-11-10T09:00:00.000Z', actor: 'Nathalie Dubois', amount: 4_050, reason: 'Wrong size', reasonCode: null },
  ],
};

const sum = (movements: readonly Movement[]) => movements.reduce((total, movement) => total + movement.amount, 0);

describe('order movements', () => {
  it('books an activation and its provider fee on the activation day', () => {
    expect(feeFor(fixtureTotal)).toBe(-(408 + 25));
    expect(feeFor(10_000)).toBe(-215);
    expect(orderMovements(activatedOrder)).toEqual([
      expect.objectContaining({ id: '1000042-2', date: '2026-11-03', type: 'activation', amount: fixtureTotal, orderNumber: '1000042', paymentReference: 'BP1000042/3333' }),
      expect.objectContaining({ id: '1000042-2-fee', date: '2026-11-03', type: 'fee', amount: -433, orderNumber: '1000042' }),
    ]);
  });

  it('gives back credits, reductions and returns', () => {
    expect(orderMovements(creditedOrder).map(({ type, amount, date }) => [type, amount, date])).toEqual([
      ['activation', fixtureTotal, '2026-11-03'],
      ['fee', -433, '2026-11-03'],
      ['credit', -fixtureTotal, '2026-11-10'],
    ]);
    expect(orderMovements(reducedOrder).slice(2).map(({ type, amount, description }) => [type, amount, description])).toEqual([
      ['reduction', -1_000, 'Order 1000042 partially cancelled: Goodwill'],
      ['return', -4_050, 'Items of order 1000042 returned: Wrong size'],
    ]);
  });

  it('moves no money for a cancel before activation, an expiry or a payment', () => {
    expect(orderMovements(cancelledOrder)).toEqual([]);
    expect(orderMovements(expiredOrder)).toEqual([]);
    expect(orderMovements(paidOrder).map((movement) => movement.type)).toEqual(['activation', 'fee']);
  });
});

describe('a statement', () => {
  const adjustment: Movement = {
    id: '2026-W46-adjustment',
    date: '2026-11-13',
    type: 'adjustment',
    orderNumber: null,
    paymentReference: null,
    amount: 700,
    description: 'Fee correction, week 46',
    reason: null,
    reasonCode: null,
  };

  it('totals its movements: gross, fees, adjustments and the net payout', () => {
    const movements = [...orderMovements(reducedOrder).slice(2), adjustment];
    const statement = buildStatement(week46, 'EUR', movements);
    expect(summaryOf(statement)).toEqual({
      week: '2026-W46',
      year: 2026,
      weekNumber: 46,
      startDate: '2026-11-09',
      endDate: '2026-11-15',
      currency: 'EUR',
      gross: -5_050,
      fees: 0,
      adjustments: 700,
      net: -4_350,
      movementCount: 3,
      payoutDate: '2026-11-17',
      settled: true,
    });
    expect(statement.net).toBe(sum(statement.movements));
  });

  it('lists movements by date, then id', () => {
    const statement = buildStatement(week46, 'EUR', [adjustment, ...orderMovements(reducedOrder).slice(2).reverse()]);
    expect(statement.movements.map((movement) => movement.id)).toEqual(['1000042-3', '1000042-4', '2026-W46-adjustment']);
  });

  it('charges a fee per activation', () => {
    const other = { ...activatedOrder, orderNumber: '1000043', events: activatedOrder.events.map((event) => ({ ...event, id: event.id.replace('42', '43') })) };
    const statement = buildStatement(week45, 'EUR', [...orderMovements(activatedOrder), ...orderMovements(other)]);
    expect(statement).toMatchObject({ gross: 2 * fixtureTotal, fees: 2 * -433, adjustments: 0, net: 2 * (fixtureTotal - 433), movementCount: 4 });
  });

  it('is zero for a week without movements', () => {
    expect(summaryOf(buildStatement({ year: 2026, week: 53 }, 'CHF', []))).toEqual({
      week: '2026-W53',
      year: 2026,
      weekNumber: 53,
      startDate: '2026-12-28',
      endDate: '2027-01-03',
      currency: 'CHF',
      gross: 0,
      fees: 0,
      adjustments: 0,
      net: 0,
      movementCount: 0,
      payoutDate: '2027-01-05',
      settled: true,
    });
  });
});

describe('how a week is settled', () => {
  const payoutDate = '2026-11-24';

  it('is settled from its payout date on, not on the Monday after the week', () => {
    const week = { endDate: '2026-11-22', payoutDate, settled: true };
    expect(asOf(week, '2026-11-23').settled).toBe(false);
    expect(asOf(week, '2026-11-24').settled).toBe(true);
  });

  it('pays a positive net out, debits a negative one, and settles a zero net not at all', () => {
    expect([1, -1, 0].map((net) => settlementOf({ net }))).toEqual(['payout', 'debit', 'none']);
  });

  it('names a payout date only where money moves: not for a zero net, not in test data', () => {
    expect(settlementDate({ net: 1, payoutDate }, 'live')).toBe(payoutDate);
    expect(settlementDate({ net: -1, payoutDate }, 'live')).toBe(payoutDate);
    expect(settlementDate({ net: 0, payoutDate }, 'live')).toBeNull();
    expect(settlementDate({ net: 1, payoutDate }, 'test')).toBeNull();
  });
});
