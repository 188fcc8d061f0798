// Chargebacks and adjustments come from no order action: the demo draws them
// from the seed, per week, so every tab and every reload shows the same ones.
import type { Mode } from '@/contract/common';
import { paymentReference, type PaymentMethod } from '@/contract/orders';
import type { Movement } from '@/contract/statements';
import { addDays } from './dates';
import { formatIsoWeek, isoWeekOf, mondayOf, type IsoWeek } from './iso-week';
import { percentOf } from './money';
import { createRandom } from './seeded-random';
import { describeMovement } from './value-texts';

/** The world whose statements these are, and the seed that tells its story. */
export interface StatementWorld {
  seed: number;
  anchor: string;
  merchantId: string;
  mode: Mode;
}

/** An order the shopper paid in full: the only kind a bank chargeback can hit. */
export interface PaidOrder {
  orderNumber: string;
  paidDate: string;
  amount: number;
  method: PaymentMethod;
}

/**
 * How a chargeback can hit a payment: a direct debit is refunded whole when the shopper asks their
 * bank; instalments are card payments, of which the shopper may dispute a part; a bank transfer
 * (an invoice paid) cannot be taken back by the shopper's bank at all.
 */
const disputable: Partial<Record<PaymentMethod, 'whole' | 'part'>> = { 'direct-debit': 'whole', instalments: 'part' };

// About one chargeback every five to six weeks, and an adjustment every eight or so.
const chargebackChance = 1 / 5.5;
const adjustmentChance = 0.12;
/** Chargebacks and adjustments carry no reason apart: their description says why. */
const noReason = { reason: null, reasonCode: null } as const;
/** Shoppers dispute recent payments: a chargeback hits an order paid in the eight weeks before. */
const disputeWindowDays = 56;

/**
 * How many weeks after the week it was paid in a shopper would dispute an order, if ever: one to
 * eight, told by its number. Each order has just this one week, so no payment is charged back twice,
 * and each week's chargeback is still drawn without looking at the others'.
 */
function disputeDelayWeeks(order: PaidOrder, seed: number): number {
  return 1 + ((Number.parseInt(order.orderNumber, 10) + seed) % (disputeWindowDays / 7));
}

/**
 * The days on which the orders that compete with one paid on `paidDate` for its weeks' chargebacks
 * were paid (a few days more either side): with those, its chargebacks are known without the rest.
 */
export function disputeRivalsPaid(paidDate: string): { from: string; to: string } {
  return { from: addDays(paidDate, -disputeWindowDays), to: addDays(paidDate, disputeWindowDays) };
}

/**
 * The weeks whose chargeback may hit an order paid on `paidDate` (those whose dispute window holds
 * that day), as far as they have begun by `today`: the only statements that can carry one of its chargebacks.
 */
export function disputeWeeks(paidDate: string, today: string): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  const last = addDays(paidDate, disputeWindowDays);
  for (let monday = addDays(mondayOf(isoWeekOf(paidDate)), 7); monday <= last && monday <= today; monday = addDays(monday, 7)) {
    weeks.push(isoWeekOf(monday));
  }
  return weeks;
}

/**
 * The chargeback and adjustment of `week`, if it has any, once its day has come by `today` (the
 * running week's show from their date on). An adjustment corrects fees, so only a week that
 * charged fees gets one.
 */
export function extraMovements(world: StatementWorld, week: IsoWeek, paidOrders: readonly PaidOrder[], chargedFees: boolean, today: string): Movement[] {
  const key = formatIsoWeek(week);
  const monday = mondayOf(week);
  const streamOf = (kind: string) => createRandom(kind, world.seed, world.anchor, world.merchantId, world.mode, key);
  const movements: Movement[] = [];

  const chargeback = streamOf('chargeback');
  if (chargeback.chance(chargebackChance)) {
    const earliest = addDays(monday, -disputeWindowDays);
    // The week each delay reaches back to, Monday to Sunday: an order is a candidate in its own delay's.
    const paidWeeks = Array.from({ length: disputeWindowDays / 7 + 1 }, (_, delay) => {
      const from = addDays(monday, -7 * delay);
      return { from, to: addDays(from, 6) };
    });
    const candidates = paidOrders
      .filter((order) => disputable[order.method] !== undefined && order.paidDate >= earliest && order.paidDate < monday)
      .filter((order) => {
        const { from, to } = paidWeeks[disputeDelayWeeks(order, world.seed)]!;
        return order.paidDate >= from && order.paidDate <= to;
      })
      .sort((a, b) => (a.orderNumber < b.orderNumber ? -1 : 1));
    if (candidates.length > 0) {
      const order = chargeback.pick(candidates);
      const share = chargeback.int(20, 100);
      const disputed = disputable[order.method] === 'whole' ? order.amount : percentOf(order.amount, share);
      if (disputed > 0) {
        movements.push({
          id: `${key}-chargeback`,
          date: addDays(monday, chargeback.int(0, 4)),
          type: 'chargeback',
          orderNumber: order.orderNumber,
          paymentReference: paymentReference(order.orderNumber, world.merchantId),
          amount: -disputed,
          description: describeMovement('en', { type: 'chargeback', orderNumber: order.orderNumber, ...noReason }, week.week),
          ...noReason,
        });
      }
    }
  }

  const adjustment = streamOf('adjustment');
  if (chargedFees && adjustment.chance(adjustmentChance)) {
    const amount = adjustment.int(100, 2_500) * (adjustment.chance(0.5) ? 1 : -1);
    movements.push({
      id: `${key}-adjustment`,
      date: addDays(monday, 4),
      type: 'adjustment',
      orderNumber: null,
      paymentReference: null,
      amount,
      description: describeMovement('en', { type: 'adjustment', orderNumber: null, ...noReason }, week.week),
      ...noReason,
    });
  }
  return movements.filter((movement) => movement.date <= today);
}
