import { addDays } from './dates';
import { formatIsoWeek, isoWeekOf, mondayOf, type IsoWeek } from './iso-week';
import type { OrderRecord } from './order-model';
import { extraMovements, type PaidOrder, type StatementWorld } from './statement-extras';
import { StatementLedger } from './statement-ledger';
import { activatedOrder, cancelledOrder, creditedOrder, fixtureTotal } from '@mocks/testing/order-fixtures';

const live: StatementWorld = { seed: 1, anchor: '2026-11-24', merchantId: '3333', mode: 'live' };
const week45 = { year: 2026, week: 45 };
const week46 = { year: 2026, week: 46 };
/** A day after every week these tests look at: their statements are final. */
const later = '2027-01-10';

function ledgerOf(orders: readonly OrderRecord[], world = live): StatementLedger {
  const ledger = new StatementLedger(world, 'EUR');
  ledger.sync(orders, (orderNumber) => orders.find((order) => order.orderNumber === orderNumber));
  return ledger;
}

/** Movements made by orders, leaving out the seed's chargebacks and adjustments. */
const orderMovementsIn = (ledger: StatementLedger, week: IsoWeek) =>
  ledger.statement(week, later).movements.filter((movement) => movement.orderNumber !== null && movement.type !== 'chargeback');

describe('the statement ledger', () => {
  it('books each order in the week of its events', () => {
    const ledger = ledgerOf([creditedOrder]);
    expect(orderMovementsIn(ledger, week45).map((movement) => movement.type)).toEqual(['activation', 'fee']);
    expect(orderMovementsIn(ledger, week46).map((movement) => [movement.type, movement.amount])).toEqual([['credit', -fixtureTotal]]);
    for (const week of [week45, week46]) {
      const statement = ledger.statement(week, later);
      expect(statement.net).toBe(statement.movements.reduce((sum, movement) => sum + movement.amount, 0));
    }
  });

  it('skips orders that were never activated', () => {
    const load = vi.fn((orderNumber: string) => (orderNumber === cancelledOrder.orderNumber ? cancelledOrder : undefined));
    const ledger = new StatementLedger(live, 'EUR');
    ledger.sync([cancelledOrder], load);
    expect(load).not.toHaveBeenCalled();
    expect(ledger.statement({ year: 2026, week: 44 }, later).movementCount).toBe(0);
  });

  it('never shows another mode’s or merchant’s orders', () => {
    const testOrder = { ...activatedOrder, mode: 'test' as const };
    const otherMerchant = { ...activatedOrder, orderNumber: '2000001', merchantId: '4711' };
    expect(orderMovementsIn(ledgerOf([testOrder, otherMerchant]), week45)).toEqual([]);
    expect(orderMovementsIn(ledgerOf([testOrder], { ...live, mode: 'test' }), week45)).toHaveLength(2);
  });

  it('books an order again when its version changes, and only then', () => {
    const orders = new Map<string, OrderRecord>([[activatedOrder.orderNumber, activatedOrder]]);
    const load = vi.fn((orderNumber: string) => orders.get(orderNumber));
    const ledger = new StatementLedger(live, 'EUR');
    ledger.sync(orders.values(), load);
    expect(orderMovementsIn(ledger, week46)).toEqual([]);
    ledger.sync(orders.values(), load);
    expect(load).toHaveBeenCalledTimes(1);

    orders.set(creditedOrder.orderNumber, creditedOrder);
    ledger.sync(orders.values(), load);
    expect(load).toHaveBeenCalledTimes(2);
    expect(orderMovementsIn(ledger, week46).map((movement) => movement.type)).toEqual(['credit']);
  });
});

describe('chargebacks and adjustments', () => {
  const weeks = Array.from({ length: 52 }, (_, index) => ({ year: 2026, week: index + 1 }));
  // An order paid every third day, so most weeks have recent payments a shopper could dispute; a
  // third of them by bank transfer (an invoice), which no chargeback can hit.
  const methods = ['direct-debit', 'instalments', 'invoice'] as const;
  const paidOrders: PaidOrder[] = Array.from({ length: 120 }, (_, index) => ({
    orderNumber: String(1_000_100 + index),
    paidDate: addDays('2025-11-01', index * 3),
    amount: 10_000 + index,
    method: methods[index % 3]!,
  }));

  it('are the same for the same seed, and differ for another', () => {
    const draw = (world: StatementWorld) => weeks.flatMap((week) => extraMovements(world, week, paidOrders, true, later));
    expect(draw(live)).toEqual(draw({ ...live }));
    expect(draw({ ...live, seed: 2 })).not.toEqual(draw(live));
    expect(draw({ ...live, mode: 'test' })).not.toEqual(draw(live));
  });

  it('come now and then: a chargeback every five to six weeks on a recently paid order', () => {
    const extras = weeks.flatMap((week) => extraMovements(live, week, paidOrders, true, later).map((movement) => ({ week, movement })));
    const chargebacks = extras.filter(({ movement }) => movement.type === 'chargeback');
    const adjustments = extras.filter(({ movement }) => movement.type === 'adjustment');
    expect(chargebacks.length).toBeGreaterThanOrEqual(3);
    expect(chargebacks.length).toBeLessThanOrEqual(18);
    expect(adjustments.length).toBeGreaterThanOrEqual(1);
    expect(adjustments.length).toBeLessThanOrEqual(14);
    for (const { week, movement } of chargebacks) {
      const order = paidOrders.find((candidate) => candidate.orderNumber === movement.orderNumber);
      expect(order && order.paidDate < mondayOf(week)).toBe(true);
      expect(movement.amount).toBeLessThan(0);
      expect(-movement.amount).toBeLessThanOrEqual(order?.amount ?? 0);
      // A direct debit comes back whole; a card payment (instalments) may be disputed in part.
      expect(order?.method).not.toBe('invoice');
      if (order?.method === 'direct-debit') expect(-movement.amount).toBe(order.amount);
      expect(movement.paymentReference).toBe(`BP${movement.orderNumber}/3333`);
      expect(isoWeekOf(movement.date)).toEqual(week);
    }
    for (const { week, movement } of adjustments) {
      expect(movement.description).toBe(`Fee correction, week ${week.week}`);
      expect(movement.id).toBe(`${formatIsoWeek(week)}-adjustment`);
      expect(isoWeekOf(movement.date)).toEqual(week);
    }
  });

  it('never charge the same payment back twice, whatever the seed', () => {
    // Two disputable payments in one week: each of the eight weeks after it could draw either.
    const twoPayments: PaidOrder[] = [
      { orderNumber: '1000400', paidDate: '2026-03-02', amount: 8_390, method: 'direct-debit' },
      { orderNumber: '1000401', paidDate: '2026-03-03', amount: 8_387, method: 'instalments' },
    ];
    for (let seed = 1; seed <= 40; seed += 1) {
      const hit = weeks.flatMap((week) => extraMovements({ ...live, seed }, week, twoPayments, false, later)).map((movement) => movement.orderNumber);
      expect(new Set(hit).size).toBe(hit.length);
    }
  });

  it('show in the running week only once their day has come', () => {
    const drawn = weeks.flatMap((week) => extraMovements(live, week, paidOrders, true, later).map((movement) => ({ week, movement })));
    const { week, movement } = drawn.find((found) => found.movement.date > mondayOf(found.week))!;
    expect(extraMovements(live, week, paidOrders, true, mondayOf(week))).not.toContainEqual(movement);
    expect(extraMovements(live, week, paidOrders, true, movement.date)).toContainEqual(movement);
  });

  it('correct fees only in weeks that charged any, and dispute only paid orders', () => {
    expect(weeks.flatMap((week) => extraMovements(live, week, [], false, later))).toEqual([]);
  });
});
