import fc from 'fast-check';
import type { OrderLine } from '@/contract/orders';
import { lineTotal } from '../rules/money';
import { remainingQuantity, type LineReturn } from '../rules/order-actions';
import type { OrderRecord } from '../rules/order-model';
import { activatedOrder, createdOrder, paidOrder } from './order-fixtures';

// Random orders and actions for the property tests of the order state machine
// (rules/order-actions.property.test.ts): orders built on the fixtures, and steps of valid and
// invalid actions, with amounts and quantities drawn as the order allows them or raw.

// ---------------------------------------------------------------------------------------------
// Orders

interface LineSpec {
  quantity: number;
  unitPrice: number;
  /** Share of the gross line price taken off, 0 (none) to 1 (a free line). */
  discountShare: number;
}

export const lineSpec: fc.Arbitrary<LineSpec> = fc.record({
  quantity: fc.integer({ min: 1, max: 12 }),
  unitPrice: fc.oneof(fc.integer({ min: 0, max: 250_000 }), fc.constantFrom(1, 3, 7, 99, 333)),
  discountShare: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000 }).map((permille) => permille / 1_000), fc.constant(1)),
});

type Start = 'created' | 'activated' | 'paid';

/**
 * Order days relative to the fixture's day: valid for weeks, within the days its expiry may be
 * extended, expiring on the day (still valid), expired.
 */
const orderDays = [createdOrder.orderDate, '2026-10-04T08:00:00.000Z', '2026-09-24T08:00:00.000Z', '2026-09-23T08:00:00.000Z', '2026-09-01T09:30:00.000Z'] as const;

const orderSpec = fc.record({
  start: fc.constantFrom<Start>('created', 'created', 'activated', 'activated', 'activated', 'paid'),
  orderDate: fc.constantFrom(...orderDays),
  shippingFee: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2_500 })),
  lines: fc.array(lineSpec, { minLength: 1, maxLength: 5 }),
});

type OrderSpec = typeof orderSpec extends fc.Arbitrary<infer Spec> ? Spec : never;

function buildOrder({ start, orderDate, shippingFee, lines: specs }: OrderSpec): OrderRecord {
  const template = createdOrder.lines[0]!;
  const lines: OrderLine[] = specs.map(({ quantity, unitPrice, discountShare }, index) => {
    const discount = Math.round(quantity * unitPrice * discountShare);
    return {
      ...template,
      id: `${createdOrder.orderNumber}-${index + 1}`,
      articleNumber: `AL-${10_000 + index}`,
      quantity,
      unitPrice,
      discount,
      lineTotal: lineTotal(quantity, unitPrice, discount),
    };
  });
  const total = lines.reduce((sum, line) => sum + line.lineTotal, 0) + shippingFee;
  const created: OrderRecord = {
    ...createdOrder,
    orderDate,
    shippingFee,
    total,
    outstanding: total,
    lines,
    events: [{ ...createdOrder.events[0]!, at: orderDate, amount: total }],
  };
  if (start === 'created') return created;
  const shipped = lines.map((line) => ({ ...line, shipDate: '2026-11-03', quantityShipped: line.quantity, quantityInvoiced: line.quantity }));
  const activated: OrderRecord = {
    ...activatedOrder,
    orderDate,
    shippingFee,
    total,
    outstanding: total,
    lines: shipped,
    events: [created.events[0]!, { ...activatedOrder.events[1]!, amount: total }],
  };
  if (start === 'activated') return activated;
  return {
    ...paidOrder,
    orderDate,
    shippingFee,
    total,
    outstanding: 0,
    lines: shipped,
    events: [...activated.events, { ...paidOrder.events[2]!, amount: total }],
  };
}

/** An order as the seed could hold it: something is owed. (An order worth nothing is no invoice.) */
export const anOrder = orderSpec.map(buildOrder).filter((order) => order.total > 0);

// ---------------------------------------------------------------------------------------------
// Actions: amounts and quantities are drawn as a share of what the order allows when the step
// runs (so most are plausible), or as raw values that are often invalid.

type Amount = { share: number } | { raw: number };

const anAmount: fc.Arbitrary<Amount> = fc.oneof(
  // Drawn in thousandths: fast-check's doubles lean towards 0 and tiny values, which would make most shares nothing.
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 400 }).map((permille) => ({ share: permille / 1_000 })) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1_100 }).map((permille) => ({ share: permille / 1_000 })) },
  { weight: 1, arbitrary: fc.constantFrom(1, 0.5).map((share) => ({ share })) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.integer({ min: -1_000, max: 1_000_000 }),
        fc.constantFrom(0, -1, -0, 0.5, 12.5, 1e-9, Number.NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 1e21),
        fc.double(),
      )
      .map((raw) => ({ raw })),
  },
);

interface ReturnSpec {
  /** Which line: one of the order's, by position (modulo their count), or an id the order does not have. */
  line: { pick: number } | { beyond: number };
  quantity: Amount;
  reason: string | null | undefined;
}

const aReason = fc.oneof(fc.constantFrom('Customer withdrew', 'Goods returned', ''), fc.string({ maxLength: 20 }));

const aReturn: fc.Arbitrary<ReturnSpec> = fc.record({
  line: fc.oneof(
    { weight: 9, arbitrary: fc.nat(9).map((pick) => ({ pick })) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }).map((beyond) => ({ beyond })) },
  ),
  quantity: anAmount,
  reason: fc.option(aReason, { nil: undefined }).chain((reason) => fc.constantFrom(reason, null)),
});

export type Action =
  | { kind: 'activate' }
  | { kind: 'cancel'; reason: string }
  | { kind: 'extend' }
  | { kind: 'reduce'; amount: Amount; reason: string }
  | { kind: 'return'; items: ReturnSpec[]; reason: string; keepDuplicates: boolean }
  | { kind: 'return'; everything: true; reason: string };

// Cancelling ends the order's life, so it is drawn less often than the changes that keep it going.
const anAction: fc.Arbitrary<Action> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<Action>({ kind: 'activate' }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), reason: aReason }) },
  { weight: 2, arbitrary: fc.constant<Action>({ kind: 'extend' }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('reduce' as const), amount: anAmount, reason: aReason }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('return' as const),
      items: fc.oneof({ weight: 9, arbitrary: fc.array(aReturn, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant<ReturnSpec[]>([]) }),
      reason: aReason,
      keepDuplicates: fc.boolean().chain((flag) => fc.constantFrom(flag, false, false, false)),
    }),
  },
  // Every unit left comes back at once: the order is then fully credited, shipping included.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('return' as const), everything: fc.constant(true as const), reason: aReason }) },
);

/** Each step: the action and how many days pass before it, so that a created order may expire on the way. */
export const aStep = fc.record({ action: anAction, daysLater: fc.constantFrom(0, 0, 0, 1, 7) });

export function resolveAmount(amount: Amount, limit: number): number {
  return 'raw' in amount ? amount.raw : Math.round(limit * amount.share);
}

/** A share of the units left is at least one unit (a share past 1 may ask for more than is left). */
function resolveQuantity(quantity: Amount, left: number): number {
  return 'raw' in quantity ? quantity.raw : Math.max(1, Math.ceil(left * quantity.share));
}

export function resolveReturns(order: OrderRecord, action: Extract<Action, { kind: 'return' }>): LineReturn[] {
  if ('everything' in action) {
    return order.lines.filter((line) => remainingQuantity(line) > 0).map((line) => ({ lineId: line.id, quantity: remainingQuantity(line) }));
  }
  const returns = action.items.map(({ line, quantity, reason }): LineReturn => {
    const target = 'pick' in line ? order.lines[line.pick % order.lines.length]! : undefined;
    const lineId = target?.id ?? `${order.orderNumber}-${order.lines.length + ('beyond' in line ? line.beyond : 1)}`;
    const item: LineReturn = { lineId, quantity: resolveQuantity(quantity, target ? remainingQuantity(target) : 1) };
    return reason === undefined ? item : { ...item, reason };
  });
  if (action.keepDuplicates) return returns;
  return returns.filter((item, index) => returns.findIndex((other) => other.lineId === item.lineId) === index);
}
