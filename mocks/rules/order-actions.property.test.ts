import fc from 'fast-check';
import { expiryExtension, type OrderLine, type OrderStatus } from '@/contract/orders';
import { activatedOrder, createdOrder, fixtureToday, paidOrder } from '../testing/order-fixtures';
import { orderViolations } from '../testing/order-invariants';
import { addDays } from './dates';
import { lineTotal } from './money';
import {
  activate,
  ActionInvalid,
  ActionNotAllowed,
  cancel,
  extendExpiry,
  reduceByAmount,
  remainingQuantity,
  returnLines,
  returnValue,
  type ActionContext,
  type LineReturn,
} from './order-actions';
import type { OrderRecord } from './order-model';
import { documentsOf } from './order-documents';
import { daysToExpiry, effectiveStatus, expiresAt, latestExpiry } from './order-status';

// Property tests of the order state machine and its money: random orders built on the fixtures,
// random sequences of actions (valid and invalid) applied through the real rules, and after every
// step the invariants the domain states. The seed is fixed so that CI always runs the same cases;
// change it locally to explore others.
const seed = 20_261_124;

// ---------------------------------------------------------------------------------------------
// Orders

interface LineSpec {
  quantity: number;
  unitPrice: number;
  /** Share of the gross line price taken off, 0 (none) to 1 (a free line). */
  discountShare: number;
}

const lineSpec: fc.Arbitrary<LineSpec> = fc.record({
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
const anOrder = orderSpec.map(buildOrder).filter((order) => order.total > 0);

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

type Action =
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
const aStep = fc.record({ action: anAction, daysLater: fc.constantFrom(0, 0, 0, 1, 7) });

function resolveAmount(amount: Amount, limit: number): number {
  return 'raw' in amount ? amount.raw : Math.round(limit * amount.share);
}

/** A share of the units left is at least one unit (a share past 1 may ask for more than is left). */
function resolveQuantity(quantity: Amount, left: number): number {
  return 'raw' in quantity ? quantity.raw : Math.max(1, Math.ceil(left * quantity.share));
}

function resolveReturns(order: OrderRecord, action: Extract<Action, { kind: 'return' }>): LineReturn[] {
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

// ---------------------------------------------------------------------------------------------
// The model: what the domain says each action may do from each state.

/** From each stored status, the statuses an applied action may leave. */
const lifeCycle: Record<OrderStatus, readonly OrderStatus[]> = {
  // An extended expiry leaves the order created.
  created: ['created', 'activated', 'cancelled'],
  activated: ['activated', 'credited'],
  paid: [],
  cancelled: [],
  credited: [],
};

/** The refusal an action must meet, or null when it must be applied. */
function expectedRefusal(order: OrderRecord, action: Action, context: ActionContext, amount: number, returns: LineReturn[]) {
  const status = effectiveStatus(order, context.today);
  switch (action.kind) {
    case 'activate':
      return status === 'created' ? null : ActionNotAllowed;
    case 'cancel':
      return status === 'created' || status === 'activated' ? null : ActionNotAllowed;
    case 'extend':
      return status === 'created' && !order.expiryExtended && daysToExpiry(order, context.today)! <= expiryExtension.windowDays ? null : ActionNotAllowed;
    case 'reduce':
      if (status !== 'activated') return ActionNotAllowed;
      return Number.isInteger(amount) && amount > 0 && amount <= order.outstanding ? null : ActionInvalid;
    case 'return': {
      if (status !== 'activated') return ActionNotAllowed;
      const ids = returns.map((item) => item.lineId);
      const valid =
        returns.length > 0 &&
        new Set(ids).size === ids.length &&
        returns.every((item) => {
          const line = order.lines.find((candidate) => candidate.id === item.lineId);
          return line !== undefined && Number.isInteger(item.quantity) && item.quantity >= 1 && item.quantity <= remainingQuantity(line);
        });
      return valid ? null : ActionInvalid;
    }
  }
}

function apply(order: OrderRecord, action: Action, context: ActionContext, amount: number, returns: LineReturn[]): OrderRecord {
  switch (action.kind) {
    case 'activate':
      return activate(order, context);
    case 'cancel':
      return cancel(order, action.reason, context);
    case 'extend':
      return extendExpiry(order, context);
    case 'reduce':
      return reduceByAmount(order, amount, action.reason, context);
    case 'return':
      return returnLines(order, returns, action.reason, context);
  }
}

// ---------------------------------------------------------------------------------------------
// Invariants

/** What holds of any order, whatever happened to it. */
function checkOrder(order: OrderRecord): void {
  // Each credit note is one credit event, and together they are what was credited.
  const creditNotes = documentsOf(order).filter((document) => document.type === 'credit-note');
  expect(orderViolations(order, creditNotes.map((document) => document.amount))).toEqual([]);
  for (const line of order.lines) expect(line.lineTotal).toBe(lineTotal(line.quantity, line.unitPrice, line.discount));
}

/** What an applied action must have changed, and only that. */
function checkStep(before: OrderRecord, after: OrderRecord, action: Action, context: ActionContext, amount: number, returns: LineReturn[]): void {
  expect(lifeCycle[before.status]).toContain(after.status);
  expect(after.version).toBe(before.version + 1);
  expect(after.events).toHaveLength(before.events.length + 1);
  expect(after.events.slice(0, -1)).toEqual(before.events);
  const event = after.events.at(-1)!;
  expect(event).toMatchObject({ id: `${before.orderNumber}-${before.events.length + 1}`, at: context.now, actor: context.actor, reasonCode: null });
  // Fields no action touches.
  expect(after).toMatchObject({ orderNumber: before.orderNumber, total: before.total, shippingFee: before.shippingFee, orderDate: before.orderDate });
  expect(after.lines.map((line) => line.id)).toEqual(before.lines.map((line) => line.id));

  const credit = after.credited - before.credited;
  if (before.status === 'created') {
    // Nothing is credited before the order is invoiced: a cancel drops what was owed.
    expect(after.credited).toBe(0);
  } else {
    // After it, what is credited is exactly what is no longer owed; once nothing is owed, the order is credited.
    expect(before.outstanding - after.outstanding).toBe(credit);
    expect(credit).toBeGreaterThanOrEqual(0);
    expect(after.status === 'credited').toBe(after.outstanding === 0);
  }

  switch (action.kind) {
    case 'activate':
      expect(after).toMatchObject({ status: 'activated', activatedAt: context.now, shippingStatus: 'shipped', outstanding: before.total, credited: 0 });
      expect(event).toMatchObject({ type: 'activated', amount: before.outstanding, reason: null });
      for (const line of after.lines) expect(line).toMatchObject({ quantityShipped: remainingQuantity(line), quantityInvoiced: remainingQuantity(line) });
      break;
    case 'cancel':
      for (const line of after.lines) expect(remainingQuantity(line)).toBe(0);
      if (before.status === 'created') {
        expect(after).toMatchObject({ status: 'cancelled', statusReason: action.reason, outstanding: 0, credited: 0 });
        expect(event).toMatchObject({ type: 'cancelled', amount: before.total, reason: action.reason });
      } else {
        expect(after).toMatchObject({ status: 'credited', statusReason: action.reason, outstanding: 0, credited: before.total });
        expect(event).toMatchObject({ type: 'credited', amount: before.outstanding, reason: action.reason });
      }
      break;
    case 'extend':
      // Only the expiry moves, to the provider's limit, which the order then keeps until it ends.
      expect(after).toEqual({ ...before, expiryExtended: true, version: after.version, events: after.events });
      expect(event).toMatchObject({ type: 'expiry-extended', amount: null, reason: null, expiresAt: latestExpiry(before.orderDate) });
      expect(expiresAt(after)).toBe(event.expiresAt);
      expect(daysToExpiry(after, context.today)).toBeGreaterThan(daysToExpiry(before, context.today)!);
      break;
    case 'reduce':
      expect(credit).toBe(amount);
      expect(after.lines).toEqual(before.lines);
      expect(event).toMatchObject({ type: 'reduced', amount, reason: action.reason });
      break;
    case 'return': {
      expect(event).toMatchObject({ type: 'returned', amount: credit, reason: action.reason });
      expect(event.lines).toEqual(returns.map((item) => ({ lineId: item.lineId, quantity: item.quantity, reason: item.reason || null })));
      after.lines.forEach((line, index) => {
        const back = returns.find((item) => item.lineId === line.id)?.quantity ?? 0;
        expect(line).toEqual({ ...before.lines[index], quantityReturned: before.lines[index]!.quantityReturned + back });
      });
      const value = returns.reduce((sum, item) => sum + returnValue(before.lines.find((line) => line.id === item.lineId)!, item.quantity), 0);
      const nothingLeft = after.lines.every((line) => remainingQuantity(line) === 0);
      // What comes back is credited at its value, never more than is owed; the last item credits all (shipping too).
      expect(credit).toBe(nothingLeft ? before.outstanding : Math.min(value, before.outstanding));
      if (nothingLeft) expect(after).toMatchObject({ status: 'credited', outstanding: 0 });
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------------

describe('the order state machine under random actions', () => {
  it('keeps the life cycle, the money and the timeline consistent after every step', () => {
    fc.assert(
      fc.property(anOrder, fc.array(aStep, { minLength: 1, maxLength: 15 }), (start, steps) => {
        checkOrder(start);
        let order = start;
        let day = fixtureToday;
        let applied = 0;
        for (const { action, daysLater } of steps) {
          day = addDays(day, daysLater);
          const context: ActionContext = { today: day, now: `${day}T14:05:00.000Z`, actor: 'Nathalie Dubois' };
          const amount = action.kind === 'reduce' ? resolveAmount(action.amount, order.outstanding) : 0;
          const returns = action.kind === 'return' ? resolveReturns(order, action) : [];
          const refusal = expectedRefusal(order, action, context, amount, returns);
          const before = structuredClone(order);

          let after: OrderRecord | undefined;
          let thrown: unknown;
          try {
            after = apply(order, action, context, amount, returns);
          } catch (error) {
            thrown = error;
          }

          // Whatever happens, the order passed in is never changed in place.
          expect(order).toEqual(before);
          if (refusal) {
            expect(after).toBeUndefined();
            expect(thrown).toBeInstanceOf(refusal);
            if (thrown instanceof ActionInvalid) expect(Object.keys(thrown.errors).length).toBeGreaterThan(0);
            continue;
          }
          expect(thrown).toBeUndefined();
          checkStep(before, after!, action, context, amount, returns);
          checkOrder(after!);
          order = after!;
          applied += 1;
        }
        // The timeline grew by exactly the applied actions, and so did the version.
        expect(order.events).toHaveLength(start.events.length + applied);
        expect(order.version).toBe(start.version + applied);
        const credits = order.events.slice(start.events.length).filter((event) => ['credited', 'reduced', 'returned'].includes(event.type));
        expect(credits.reduce((sum, event) => sum + event.amount!, 0)).toBe(order.credited - start.credited);
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe('the value of returned units', () => {
  it('adds up to the line total, whatever the chunks the units come back in', () => {
    const aLineAndChunks = lineSpec.chain((spec) =>
      fc.tuple(fc.constant(spec), fc.array(fc.integer({ min: 1, max: spec.quantity }), { minLength: 1, maxLength: spec.quantity })),
    );
    fc.assert(
      fc.property(aLineAndChunks, ([{ quantity, unitPrice, discountShare }, chunks]) => {
        const discount = Math.round(quantity * unitPrice * discountShare);
        let line: OrderLine = { ...createdOrder.lines[0]!, quantity, unitPrice, discount, lineTotal: lineTotal(quantity, unitPrice, discount) };
        let credited = 0;
        for (const chunk of chunks) {
          const units = Math.min(chunk, remainingQuantity(line));
          if (units === 0) break;
          const value = returnValue(line, units);
          expect(Number.isInteger(value) && value >= 0).toBe(true);
          // Never more than the units' share of the line, rounded to the cent.
          expect(Math.abs(value - (line.lineTotal * units) / quantity)).toBeLessThanOrEqual(1);
          credited += value;
          line = { ...line, quantityReturned: line.quantityReturned + units };
        }
        const gone = quantity - remainingQuantity(line);
        expect(credited).toBe(Math.round((line.lineTotal * gone) / quantity));
        if (remainingQuantity(line) === 0) expect(credited).toBe(line.lineTotal);
      }),
      { seed, numRuns: 300 },
    );
  });
});
