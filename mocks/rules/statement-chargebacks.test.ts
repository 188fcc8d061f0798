import type { Movement } from '@/contract/statements';
import { addDays } from './dates';
import { formatIsoWeek, isoWeekOf, mondayOf, type IsoWeek } from './iso-week';
import type { OrderRecord } from './order-model';
import { disputeWeeks, extraMovements, type StatementWorld } from './statement-extras';
import { StatementLedger } from './statement-ledger';
import { activatedOrder, paidOrder } from '@mocks/testing/order-fixtures';

const live: StatementWorld = { seed: 1, anchor: '2026-11-24', merchantId: '3333', mode: 'live' };
/** A day after every week these tests look at: their statements are final. */
const later = '2027-01-10';
const weeksOf2026: IsoWeek[] = Array.from({ length: 53 }, (_, index) => ({ year: 2026, week: index + 1 }));

/** An order activated ten days before the shopper paid it on `paidDate`, by a means a bank can take back. */
function paidOn(orderNumber: string, paidDate: string, paymentMethod: OrderRecord['paymentMethod']): OrderRecord {
  const activatedAt = `${addDays(paidDate, -10)}T10:00:00.000Z`;
  const paidAt = `${paidDate}T08:00:00.000Z`;
  const [created, activated, paid] = paidOrder.events;
  return {
    ...paidOrder,
    orderNumber,
    paymentMethod,
    activatedAt,
    paidAt,
    events: [created!, { ...activated!, at: activatedAt }, { ...paid!, at: paidAt }],
  };
}

// An order paid every other day of 2026, so that most weeks have payments a shopper could dispute.
const orders = Array.from({ length: 170 }, (_, index) => paidOn(String(1_000_100 + index), addDays('2026-01-02', index * 2), index % 2 === 0 ? 'direct-debit' : 'instalments'));

function ledgerOf(records: readonly OrderRecord[]): StatementLedger {
  const ledger = new StatementLedger(live, 'EUR');
  ledger.sync(records, (orderNumber) => records.find((order) => order.orderNumber === orderNumber));
  return ledger;
}

/** Every chargeback of the year's statements, read the long way: each week's statement in full. */
function chargebacksOnStatements(ledger: StatementLedger, today: string): { week: IsoWeek; movement: Movement }[] {
  return weeksOf2026
    .filter((week) => mondayOf(week) <= today)
    .flatMap((week) => ledger.statement(week, today).movements.filter((movement) => movement.type === 'chargeback').map((movement) => ({ week, movement })));
}

describe('the weeks that may dispute a payment', () => {
  it('are the eight weeks starting after the day it was paid, within the 56 days of the dispute window', () => {
    // A Wednesday: the Mondays from 14 September to 2 November.
    expect(disputeWeeks('2026-09-09', later).map(formatIsoWeek)).toEqual(['2026-W38', '2026-W39', '2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45']);
    // A Monday's own week started with it, not after it; the window's last day is a Monday and counts.
    expect(disputeWeeks('2026-09-14', later).map(formatIsoWeek)).toEqual(['2026-W39', '2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45', '2026-W46']);
  });

  it('stop at the running week: a week that has not begun has no statement', () => {
    expect(disputeWeeks('2026-09-09', '2026-10-05').map(formatIsoWeek)).toEqual(['2026-W38', '2026-W39', '2026-W40', '2026-W41']);
    expect(disputeWeeks('2026-09-09', '2026-09-13')).toEqual([]);
  });

  it('hold every week whose draw picked the order', () => {
    const paidOrders = orders.map((order) => ({ orderNumber: order.orderNumber, paidDate: order.paidAt!.slice(0, 10), amount: order.total, method: order.paymentMethod }));
    const drawn = weeksOf2026.flatMap((week) => extraMovements(live, week, paidOrders, false, later).map((movement) => ({ week, movement })));
    expect(drawn.length).toBeGreaterThanOrEqual(3);
    for (const { week, movement } of drawn) {
      const paid = paidOrders.find((order) => order.orderNumber === movement.orderNumber)!;
      expect(disputeWeeks(paid.paidDate, later)).toContainEqual(week);
    }
  });
});

describe("an order's chargebacks", () => {
  const ledger = ledgerOf(orders);
  const onStatements = chargebacksOnStatements(ledger, later);

  it('are those the statements carry, with the same day, amount and week', () => {
    expect(onStatements.length).toBeGreaterThanOrEqual(3);
    for (const order of orders) {
      const expected = onStatements
        .filter(({ movement }) => movement.orderNumber === order.orderNumber)
        .map(({ week, movement }) => ({
        date: movement.date,
        amount: movement.amount,
        statementWeek: formatIsoWeek(week),
        statementIssued: true,
      }));
      expect(ledger.chargebacksOf(order.orderNumber, later)).toEqual(expected);
    }
  });

  it('are none for an order never paid, nor for one of another world', () => {
    expect(ledgerOf([activatedOrder]).chargebacksOf(activatedOrder.orderNumber, later)).toEqual([]);
    const { movement } = onStatements[0]!;
    const disputed = orders.find((order) => order.orderNumber === movement.orderNumber)!;
    expect(ledgerOf([...orders, { ...disputed, orderNumber: '2000001', merchantId: '4711' }]).chargebacksOf('2000001', later)).toEqual([]);
    expect(ledgerOf(orders.map((order) => ({ ...order, mode: 'test' as const }))).chargebacksOf(disputed.orderNumber, later)).toEqual([]);
  });

  it("show in the running week from their day on, its statement not issued yet, as on the week's books", () => {
    // A chargeback booked after its week's Monday: on that Monday it has not happened yet.
    const { week, movement } = onStatements.find((found) => found.movement.date > mondayOf(found.week))!;
    const orderNumber = movement.orderNumber!;
    const fresh = ledgerOf(orders);
    const monday = mondayOf(week);
    expect(fresh.chargebacksOf(orderNumber, monday).filter((chargeback) => chargeback.statementWeek === formatIsoWeek(week))).toEqual([]);
    expect(fresh.statement(week, monday).movements.filter((found) => found.type === 'chargeback')).toEqual([]);

    const running = { date: movement.date, amount: movement.amount, statementWeek: formatIsoWeek(week), statementIssued: false };
    expect(isoWeekOf(movement.date)).toEqual(week);
    expect(fresh.chargebacksOf(orderNumber, movement.date)).toContainEqual(running);
    expect(fresh.statement(week, movement.date).movements).toContainEqual(movement);
    expect(fresh.chargebacksOf(orderNumber, addDays(monday, 7))).toContainEqual({ ...running, statementIssued: true });
  });
});
