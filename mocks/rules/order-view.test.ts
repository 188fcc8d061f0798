import { createdOrder } from '@mocks/testing/order-fixtures';
import type { OrderRecord } from './order-model';
import { toDetail, toSummary } from './order-view';

// The shared created order, placed on 10 September so that it expires on 10 November.
const orderDate = '2026-09-10T09:30:00.000Z';
const base: OrderRecord = {
  ...createdOrder,
  orderDate,
  events: [{ id: '1000042-1', type: 'created', at: orderDate, actor: 'Comptoir', amount: createdOrder.total, reason: null, reasonCode: null }],
};

/**
 * The shared order activated on 12 September (due on the 26th), then credited `amount` at `at` by a
 * `type` event: credited once nothing is left to pay.
 */
function activatedThenCredited(type: 'reduced' | 'returned', at: string, amount: number): OrderRecord {
  const activatedAt = '2026-09-12T14:00:00.000Z';
  const event = (eventType: 'activated' | typeof type, eventAt: string, cents: number) => ({
    id: `1000042-${eventType}`,
    type: eventType,
    at: eventAt,
    actor: 'Nathalie Dubois',
    amount: cents,
    reason: 'Goodwill',
    reasonCode: null,
  });
  const outstanding = createdOrder.total - amount;
  return {
    ...base,
    status: outstanding === 0 ? 'credited' : 'activated',
    activatedAt,
    events: [...base.events, event('activated', activatedAt, createdOrder.total), event(type, at, amount)],
    outstanding,
    credited: amount,
    lastCreditedAt: at,
  };
}

describe('the order as shown on a day', () => {
  it('shows a created order past its expiry as cancelled for expiry, with nothing outstanding', () => {
    const summary = toSummary(base, '2026-11-11');
    expect(summary).toMatchObject({ status: 'cancelled', statusReason: 'Expired: not activated within two months', statusReasonCode: 'expired', outstanding: 0, daysToExpiry: null, expiresAt: '2026-11-10' });
    const expired = toDetail(base, '2026-11-11', []).events.at(-1);
    expect(expired).toMatchObject({ type: 'expired', actor: 'Comptoir', reasonCode: 'expired', at: '2026-11-11T00:00:00.000Z' });
  });

  it('counts every unit of an expired order as cancelled, and none before its expiry', () => {
    const cancelledOf = (day: string) => toDetail(base, day, []).lines.map((line) => [line.quantity, line.quantityCancelled]);
    expect(cancelledOf('2026-11-11')).toEqual(base.lines.map((line) => [line.quantity, line.quantity]));
    expect(cancelledOf('2026-11-10')).toEqual(base.lines.map((line) => [line.quantity, 0]));
  });

  it('builds the payment reference and days to expiry of a created order', () => {
    expect(toSummary(base, '2026-11-03')).toMatchObject({
      paymentReference: 'BP1000042/3333',
      status: 'created',
      daysToExpiry: 7,
      expiresAt: '2026-11-10',
      maxExpiresAt: '2026-12-10',
      expiryExtended: false,
    });
  });

  it('keeps an extended order created until its new expiry, and expires it the day after', () => {
    const extended: OrderRecord = { ...base, expiryExtended: true };
    expect(toSummary(extended, '2026-11-11')).toMatchObject({ status: 'created', expiresAt: '2026-12-10', maxExpiresAt: '2026-12-10', daysToExpiry: 29 });
    expect(toSummary(extended, '2026-12-11')).toMatchObject({ status: 'cancelled', statusReasonCode: 'expired', maxExpiresAt: null, daysToExpiry: null });
    expect(toDetail(extended, '2026-12-11', []).events.at(-1)).toMatchObject({ type: 'expired', at: '2026-12-11T00:00:00.000Z' });
  });

  it('adds reminders to an unpaid activated order as the days pass', () => {
    const activated: OrderRecord = { ...base, status: 'activated', activatedAt: '2026-09-12T14:00:00.000Z' };
    const summary = toSummary(activated, '2026-10-25');
    expect(summary).toMatchObject({ dueDate: '2026-09-26', paymentState: 'reminder-2' });
    expect(toDetail(activated, '2026-10-25', []).events.map((event) => event.type)).toEqual(['created', 'reminder-1', 'reminder-2']);
  });

  it('keeps the amount each reminder asked for, whatever was credited after it', () => {
    const activatedAt = '2026-09-12T14:00:00.000Z';
    const event = (type: 'activated' | 'reduced', at: string, amount: number) => ({ id: `1000042-${type}`, type, at, actor: 'Nathalie Dubois', amount, reason: null, reasonCode: null });
    const credited: OrderRecord = {
      ...base,
      status: 'activated',
      activatedAt,
      // Due on 26 September: reminder 1 on 11 October asked for 10,000; 3,000 credited on 20 October; reminder 2 on 25 October.
      events: [...base.events, event('activated', activatedAt, 10_000), event('reduced', '2026-10-20T08:00:00.000Z', 3_000)],
      outstanding: 7_000,
      credited: 3_000,
    };
    const reminders = toDetail(credited, '2026-10-25', []).events.filter((shown) => shown.type.startsWith('reminder'));
    expect(reminders.map(({ type, amount }) => ({ type, amount }))).toEqual([
      { type: 'reminder-1', amount: 10_000 },
      { type: 'reminder-2', amount: 7_000 },
    ]);
  });

  it('stops reminders once the order was paid', () => {
    const paid: OrderRecord = {
      ...base,
      status: 'paid',
      outstanding: 0,
      activatedAt: '2026-09-12T14:00:00.000Z',
      paidAt: '2026-10-13T10:00:00.000Z',
    };
    expect(toSummary(paid, '2026-12-01').paymentState).toBe('paid');
    expect(toDetail(paid, '2026-12-01', []).events.map((event) => event.type)).toEqual(['created', 'reminder-1']);
  });

  it('keeps reminding after a credit that left something to pay', () => {
    const reduced = activatedThenCredited('reduced', '2026-09-20T10:00:00.000Z', 1_000);
    expect(toDetail(reduced, '2026-10-25', []).events.map((shown) => shown.type)).toEqual(['created', 'activated', 'reduced', 'reminder-1', 'reminder-2']);
  });

  it('stops reminders once a return credited everything still owed', () => {
    const returned = activatedThenCredited('returned', '2026-10-13T10:00:00.000Z', createdOrder.total);
    expect(toDetail(returned, '2026-12-01', []).events.map((shown) => shown.type)).toEqual(['created', 'activated', 'reminder-1', 'returned']);
  });
});
