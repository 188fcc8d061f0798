import type { EventType, OrderStatus } from '@/contract/orders';
import {
  activatedOrder,
  cancelledOrder,
  createdOrder,
  creditedOrder,
  expiredOrder,
  expiringOrder,
  fixtureToday,
  fixtureTotal,
  paidOrder,
} from '../testing/order-fixtures';
import {
  activate,
  ActionInvalid,
  ActionNotAllowed,
  cancel,
  extendExpiry,
  reduceByAmount,
  remainingQuantity,
  returnLines,
  type ActionContext,
} from './order-actions';
import type { OrderRecord } from './order-model';
import { createRandom } from './seeded-random';

const context: ActionContext = { today: fixtureToday, now: `${fixtureToday}T14:05:00.000Z`, actor: 'Nathalie Dubois' };

const orders: Record<string, OrderRecord> = {
  created: createdOrder,
  activated: activatedOrder,
  paid: paidOrder,
  cancelled: cancelledOrder,
  credited: creditedOrder,
  expired: expiredOrder,
  expiring: expiringOrder,
};

const actions: Record<string, (order: OrderRecord) => OrderRecord> = {
  activate: (order) => activate(order, context),
  cancel: (order) => cancel(order, 'Customer withdrew', context),
  reduce: (order) => reduceByAmount(order, 1_000, 'Goodwill gesture', context),
  return: (order) => returnLines(order, [{ lineId: '1000042-1', quantity: 1, reason: 'Wrong size' }], 'Goods returned', context),
  'extend expiry': (order) => extendExpiry(order, context),
};

/** The field errors of a refused action. */
function refusal(run: () => unknown): Record<string, string[]> {
  try {
    run();
  } catch (error) {
    if (error instanceof ActionInvalid) return error.errors;
  }
  throw new Error('expected the values to be refused');
}

interface Allowed {
  status: OrderStatus;
  outstanding: number;
  credited: number;
  event: EventType;
  amount: number | null;
}

// Every action from every state: what it makes of the order, or the start of why it is refused.
const table: [action: string, from: string, expected: Allowed | string][] = [
  ['activate', 'created', { status: 'activated', outstanding: fixtureTotal, credited: 0, event: 'activated', amount: fixtureTotal }],
  ['activate', 'activated', 'Only created orders can be activated; this order is activated.'],
  ['activate', 'paid', 'Only created orders can be activated; this order is paid.'],
  ['activate', 'cancelled', 'Only created orders can be activated; this order is cancelled.'],
  ['activate', 'credited', 'Only created orders can be activated; this order is credited.'],
  ['activate', 'expired', 'Only created orders can be activated; this order is cancelled (expired).'],
  ['cancel', 'created', { status: 'cancelled', outstanding: 0, credited: 0, event: 'cancelled', amount: fixtureTotal }],
  ['cancel', 'activated', { status: 'credited', outstanding: 0, credited: fixtureTotal, event: 'credited', amount: fixtureTotal }],
  ['cancel', 'paid', 'Only created or activated orders can be cancelled; this order is paid.'],
  ['cancel', 'cancelled', 'Only created or activated orders can be cancelled; this order is cancelled.'],
  ['cancel', 'credited', 'Only created or activated orders can be cancelled; this order is credited.'],
  ['cancel', 'expired', 'Only created or activated orders can be cancelled; this order is cancelled (expired).'],
  ['reduce', 'created', 'Only activated orders can be reduced; this order is created. It is not invoiced yet: cancel it instead.'],
  ['reduce', 'activated', { status: 'activated', outstanding: fixtureTotal - 1_000, credited: 1_000, event: 'reduced', amount: 1_000 }],
  ['reduce', 'paid', 'Only activated orders can be reduced; this order is paid.'],
  ['reduce', 'cancelled', 'Only activated orders can be reduced; this order is cancelled.'],
  ['reduce', 'credited', 'Only activated orders can be reduced; this order is credited.'],
  ['reduce', 'expired', 'Only activated orders can be reduced; this order is cancelled (expired).'],
  ['return', 'created', 'Only activated orders can be reduced; this order is created. It is not invoiced yet: cancel it instead.'],
  ['return', 'activated', { status: 'activated', outstanding: fixtureTotal - 4_050, credited: 4_050, event: 'returned', amount: 4_050 }],
  ['return', 'paid', 'Only activated orders can be reduced; this order is paid.'],
  ['return', 'cancelled', 'Only activated orders can be reduced; this order is cancelled.'],
  ['return', 'credited', 'Only activated orders can be reduced; this order is credited.'],
  ['return', 'expired', 'Only activated orders can be reduced; this order is cancelled (expired).'],
  ['extend expiry', 'expiring', { status: 'created', outstanding: fixtureTotal, credited: 0, event: 'expiry-extended', amount: null }],
  ['extend expiry', 'created', 'Too early: the expiry can be extended in its last 14 days only, from 2026-12-18; this order expires on 2027-01-01.'],
  ['extend expiry', 'activated', 'Only created orders can have their expiry extended; this order is activated.'],
  ['extend expiry', 'paid', 'Only created orders can have their expiry extended; this order is paid.'],
  ['extend expiry', 'cancelled', 'Only created orders can have their expiry extended; this order is cancelled.'],
  ['extend expiry', 'credited', 'Only created orders can have their expiry extended; this order is credited.'],
  ['extend expiry', 'expired', 'Too late: this order expired on 2026-11-01 and is cancelled.'],
];

describe.each(table)('%s on a %s order', (action, from, expected) => {
  const run = () => actions[action]!(orders[from]!);

  if (typeof expected === 'string') {
    it('is refused with the reason', () => {
      expect(run).toThrow(ActionNotAllowed);
      expect(run).toThrow(expected);
    });
    return;
  }

  it(`makes it ${expected.status} with its amounts and one new event`, () => {
    const before = structuredClone(orders[from]!);
    const after = run();
    expect(after).toMatchObject({ status: expected.status, outstanding: expected.outstanding, credited: expected.credited, version: before.version + 1 });
    expect(after.events).toHaveLength(before.events.length + 1);
    expect(after.events.at(-1)).toMatchObject({ type: expected.event, amount: expected.amount, at: context.now, actor: context.actor });
    expect(orders[from]).toEqual(before);
  });
});

describe('activate', () => {
  it('ships and invoices every remaining unit and starts the payment term today', () => {
    const after = activate(createdOrder, context);
    expect(after).toMatchObject({ activatedAt: context.now, shippingStatus: 'shipped', statusReason: null });
    for (const line of after.lines) expect(line).toMatchObject({ shipDate: fixtureToday, quantityShipped: line.quantity, quantityInvoiced: line.quantity });
    expect(after.events.at(-1)).toMatchObject({ id: '1000042-2', reason: null });
  });
});

describe('cancel', () => {
  it('keeps the reason and counts the remaining units as cancelled', () => {
    for (const order of [createdOrder, activatedOrder]) {
      const after = cancel(order, 'Customer withdrew', context);
      expect(after).toMatchObject({ statusReason: 'Customer withdrew' });
      expect(after.events.at(-1)?.reason).toBe('Customer withdrew');
      expect(after.lines.map((line) => line.quantityCancelled)).toEqual([2, 1]);
    }
  });

  it('credits only what is still outstanding after earlier reductions', () => {
    const after = cancel(reduceByAmount(activatedOrder, 5_000, 'Goodwill', context), 'Not delivered', context);
    expect(after).toMatchObject({ status: 'credited', outstanding: 0, credited: fixtureTotal });
    expect(after.events.at(-1)).toMatchObject({ type: 'credited', amount: fixtureTotal - 5_000 });
  });
});

describe('extend expiry', () => {
  const on = (today: string): ActionContext => ({ ...context, today, now: `${today}T09:00:00.000Z` });

  it('moves the expiry 30 days past the two months, records the new date and keeps the order as it was otherwise', () => {
    const after = extendExpiry(expiringOrder, context);
    expect(after).toEqual({ ...expiringOrder, expiryExtended: true, version: expiringOrder.version + 1, events: after.events });
    expect(after.events.at(-1)).toEqual({
      id: '1000042-2',
      type: 'expiry-extended',
      at: context.now,
      actor: context.actor,
      amount: null,
      reason: null,
      reasonCode: null,
      expiresAt: '2026-12-30',
    });
  });

  it('is allowed once only', () => {
    const once = extendExpiry(expiringOrder, context);
    expect(() => extendExpiry(once, context)).toThrow(new ActionNotAllowed("This order's expiry was already extended once, to 2026-12-30; it cannot be extended again."));
  });

  it('opens 14 days before the expiry and closes after the expiry day', () => {
    // The order expires on 2026-11-30.
    expect(() => extendExpiry(expiringOrder, on('2026-11-15'))).toThrow(/^Too early/);
    expect(extendExpiry(expiringOrder, on('2026-11-16')).expiryExtended).toBe(true);
    expect(extendExpiry(expiringOrder, on('2026-11-30')).expiryExtended).toBe(true);
    expect(() => extendExpiry(expiringOrder, on('2026-12-01'))).toThrow(new ActionNotAllowed('Too late: this order expired on 2026-11-30 and is cancelled.'));
  });

  it('keeps the order activatable until the new expiry, and no longer', () => {
    const extended = extendExpiry(expiringOrder, context);
    expect(activate(extended, on('2026-12-30')).status).toBe('activated');
    expect(() => activate(extended, on('2026-12-31'))).toThrow('this order is cancelled (expired)');
  });
});

describe('reduce by amount', () => {
  it('credits the order when nothing is left to pay, and records only a part of it as a reduction', () => {
    const after = reduceByAmount(activatedOrder, fixtureTotal, 'Goodwill', context);
    expect(after).toMatchObject({ status: 'credited', statusReason: 'Goodwill', outstanding: 0, credited: fixtureTotal });
    // A credit of the whole, as a cancel after activation records it: not a partial cancel.
    expect(after.events.at(-1)).toMatchObject({ type: 'credited', amount: fixtureTotal, reason: 'Goodwill' });
    expect(reduceByAmount(activatedOrder, 1_000, 'Goodwill', context).events.at(-1)).toMatchObject({ type: 'reduced', amount: 1_000 });
  });

  it.each([0, -5, 12.5, fixtureTotal + 1])('refuses %s cents as the amount', (amount) => {
    expect(Object.keys(refusal(() => reduceByAmount(activatedOrder, amount, 'Goodwill', context)))).toEqual(['amount']);
  });
});

describe('return lines', () => {
  it('credits everything outstanding, shipping included, once no item remains', () => {
    const after = returnLines(
      activatedOrder,
      [
        { lineId: '1000042-1', quantity: 2 },
        { lineId: '1000042-2', quantity: 1, reason: 'Damaged' },
      ],
      'Goods returned',
      context,
    );
    expect(after).toMatchObject({ status: 'credited', outstanding: 0, credited: fixtureTotal, statusReason: 'Goods returned' });
    expect(after.events.at(-1)).toMatchObject({
      type: 'returned',
      amount: fixtureTotal,
      reason: 'Goods returned',
      lines: [
        { lineId: '1000042-1', quantity: 2, reason: null },
        { lineId: '1000042-2', quantity: 1, reason: 'Damaged' },
      ],
    });
    expect(after.lines.map((line) => line.quantityReturned)).toEqual([2, 1]);
  });

  it('credits a line returned piece by piece exactly its total, however it divides', () => {
    // 3 lamps for 100.00 after a discount: no unit price in cents multiplies back to 100.00.
    const oddLine = { ...activatedOrder.lines[0]!, quantity: 3, lineTotal: 10_000, quantityShipped: 3, quantityInvoiced: 3 };
    const total = oddLine.lineTotal + activatedOrder.lines[1]!.lineTotal + activatedOrder.shippingFee;
    let order: OrderRecord = { ...activatedOrder, lines: [oddLine, activatedOrder.lines[1]!], total, outstanding: total };
    const credits: number[] = [];
    for (let unit = 0; unit < 3; unit += 1) {
      order = returnLines(order, [{ lineId: oddLine.id, quantity: 1 }], 'Wrong colour', context);
      credits.push(order.events.at(-1)?.amount ?? 0);
    }
    expect(credits).toEqual([3_333, 3_334, 3_333]);
    expect(order).toMatchObject({ status: 'activated', credited: 10_000, outstanding: total - 10_000 });
  });

  it('credits no more than is outstanding after an earlier reduction', () => {
    const reduced = reduceByAmount(activatedOrder, 20_000, 'Goodwill', context);
    const after = returnLines(reduced, [{ lineId: '1000042-2', quantity: 1 }], 'Goods returned', context);
    expect(after).toMatchObject({ status: 'credited', outstanding: 0, credited: fixtureTotal });
    expect(after.events.at(-1)?.amount).toBe(fixtureTotal - 20_000);
  });

  it('names each line that cannot come back', () => {
    const errors = refusal(() =>
      returnLines(
        activatedOrder,
        [
          { lineId: 'nope', quantity: 1 },
          { lineId: '1000042-1', quantity: 3 },
          { lineId: '1000042-2', quantity: 0 },
          { lineId: '1000042-1', quantity: 1 },
        ],
        'Goods returned',
        context,
      ),
    );
    expect(errors).toEqual({
      'lines.0.lineId': ['There is no such line on this order.'],
      'lines.1.quantity': ['Return from 1 to 2 of this line.'],
      'lines.2.quantity': ['Return from 1 to 1 of this line.'],
      'lines.3.lineId': ['This line is listed twice.'],
    });
    expect(refusal(() => returnLines(activatedOrder, [], 'Goods returned', context))).toHaveProperty('lines');
  });

  it('counts earlier returns against what can still come back', () => {
    const once = returnLines(activatedOrder, [{ lineId: '1000042-1', quantity: 2 }], 'Wrong size', context);
    expect(refusal(() => returnLines(once, [{ lineId: '1000042-1', quantity: 1 }], 'Wrong size', context))).toEqual({
      'lines.0.quantity': ['Nothing of this line is left to return.'],
    });
  });
});

describe('the invariants, over random sequences of actions', () => {
  it('never lets outstanding go below zero, keeps credited + outstanding = total, and never returns more than was ordered', () => {
    const random = createRandom('order-actions-invariants');
    for (let run = 0; run < 300; run += 1) {
      let order = random.chance(0.5) ? createdOrder : activatedOrder;
      for (let step = 0; step < 6; step += 1) {
        const before = order;
        try {
          order = random.pick([
            () => activate(order, context),
            () => cancel(order, 'Customer withdrew', context),
            () => reduceByAmount(order, random.int(1, fixtureTotal), 'Goodwill', context),
            () => returnLines(order, [{ lineId: random.pick(['1000042-1', '1000042-2']), quantity: random.int(1, 2) }], 'Wrong size', context),
          ])();
        } catch (error) {
          if (!(error instanceof ActionNotAllowed || error instanceof ActionInvalid)) throw error;
        }
        const change = order.events.at(-1);
        if (order !== before && change && change.type !== 'activated' && change.type !== 'cancelled') {
          expect(change.amount).toBeLessThanOrEqual(before.outstanding);
        }
        expect(order.outstanding).toBeGreaterThanOrEqual(0);
        if (order.status === 'activated' || order.status === 'credited') expect(order.credited + order.outstanding).toBe(order.total);
        for (const line of order.lines) {
          expect(remainingQuantity(line)).toBeGreaterThanOrEqual(0);
          expect(line.quantityCancelled + line.quantityReturned).toBeLessThanOrEqual(line.quantity);
        }
      }
    }
  });
});
