// A weekly statement: every money movement between the provider and the
// merchant in one ISO week, and the totals the payout is made of.
import type { Currency, Mode } from '@/contract/common';
import { paymentReference, type OrderEvent } from '@/contract/orders';
import type { Movement, MovementType, Statement, StatementSummary } from '@/contract/statements';
import { datePart } from './dates';
import { formatIsoWeek, isoWeekOf, mondayOf, sundayOf, type IsoWeek } from './iso-week';
import { payoutDateOf } from './payout-schedule';
import { sumCents } from './money';
import type { OrderRecord } from './order-model';
import { describeMovement } from './value-texts';

/** The provider's fee for buying an invoice: 1.9 % of it plus 25 cents, as a movement (≤ 0). */
export function feeFor(amount: number): number {
  return -(Math.round(amount * 0.019) + 25);
}

const orderTypes: ReadonlySet<MovementType> = new Set<MovementType>(['activation', 'credit', 'reduction', 'return']);
const adjustmentTypes: ReadonlySet<MovementType> = new Set<MovementType>(['chargeback', 'adjustment']);

/** Money back to the shopper after activation, by the event that moved it. */
const givenBack: Partial<Record<OrderEvent['type'], MovementType>> = {
  credited: 'credit',
  reduced: 'reduction',
  returned: 'return',
};

type MovementSource = Pick<OrderRecord, 'orderNumber' | 'merchantId' | 'total' | 'events'>;

/**
 * The movements an order's own events make. Only what happens after
 * activation moves money: a cancel before it (or an expiry) bought nothing.
 */
export function orderMovements(order: MovementSource): Movement[] {
  const reference = paymentReference(order.orderNumber, order.merchantId);
  const movement = (event: OrderEvent, type: MovementType, amount: number, id = event.id): Movement => {
    const date = datePart(event.at);
    const reason = type === 'activation' || type === 'fee' ? null : event.reason;
    const reasonCode = reason === null ? null : (event.reasonCode ?? null);
    const described = { type, orderNumber: order.orderNumber, reason, reasonCode };
    // The API's description is the English one the files and the page translate.
    return { id, date, ...described, paymentReference: reference, amount, description: describeMovement('en', described, isoWeekOf(date).week) };
  };
  const movements: Movement[] = [];
  for (const event of order.events) {
    if (event.type === 'activated') {
      const amount = event.amount ?? order.total;
      movements.push(movement(event, 'activation', amount));
      movements.push(movement(event, 'fee', feeFor(amount), `${event.id}-fee`));
      continue;
    }
    const type = givenBack[event.type];
    if (type && event.amount) movements.push(movement(event, type, -event.amount));
  }
  return movements;
}

/** By date, then id, so that a statement always lists the same way. */
export function compareMovements(a: Movement, b: Movement): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The statement of `week` from the movements dated in it. */
export function buildStatement(week: IsoWeek, currency: Currency, movements: readonly Movement[]): Statement {
  const sorted = [...movements].sort(compareMovements);
  const total = (types: ReadonlySet<MovementType>): number =>
    sumCents(sorted.filter((movement) => types.has(movement.type)).map((movement) => movement.amount));
  const gross = total(orderTypes);
  const fees = total(new Set<MovementType>(['fee']));
  const adjustments = total(adjustmentTypes);
  const endDate = sundayOf(week);
  return {
    week: formatIsoWeek(week),
    year: week.year,
    weekNumber: week.week,
    startDate: mondayOf(week),
    endDate,
    currency,
    gross,
    fees,
    adjustments,
    net: gross + fees + adjustments,
    movementCount: sorted.length,
    payoutDate: payoutDateOf(week),
    // Settled unless the caller knows the day (asOf).
    settled: true,
    movements: sorted,
  };
}

/** The statement as it stands on `today`: settled from its payout date on. */
export function asOf<T extends Pick<Statement, 'payoutDate' | 'settled'>>(statement: T, today: string): T {
  return { ...statement, settled: statement.payoutDate <= today };
}

export function summaryOf({ movements: _movements, ...summary }: Statement): StatementSummary {
  return summary;
}

/**
 * How a week's net is settled on its payout date: paid out to the merchant, debited from them as an
 * amount due, or not at all when it is zero. Every file says the same through this one rule.
 */
export type Settlement = 'payout' | 'debit' | 'none';

export function settlementOf({ net }: Pick<Statement, 'net'>): Settlement {
  return net > 0 ? 'payout' : net < 0 ? 'debit' : 'none';
}

/** The day money moves for the week, or null when none does: a zero net, or test data, which moves no money. */
export function settlementDate(statement: Pick<Statement, 'net' | 'payoutDate'>, mode: Mode): string | null {
  return mode === 'live' && settlementOf(statement) !== 'none' ? statement.payoutDate : null;
}
