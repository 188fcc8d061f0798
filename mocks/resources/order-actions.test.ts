import type { OrderDetail } from '@/contract/orders';
import { setToday } from '../rules/clock';
import { addDays } from '../rules/dates';
import { expiringOrder, getOrder, listOrders, orderIn, postAction, problemOf } from '../testing/order-calls';
import { now, resetAndSignIn } from '../testing/small-backend';

let token: string;

beforeEach(async () => {
  token = await resetAndSignIn();
});

async function act(order: OrderDetail, action: string, body: object): Promise<OrderDetail> {
  const response = await postAction(order.orderNumber, action, { version: order.version, ...body }, { token });
  expect(response.status).toBe(200);
  const changed = (await response.json()) as OrderDetail;
  expect(changed.version).toBe(order.version + 1);
  // The answer is the order as GET shows it from now on.
  expect(await getOrder(order.orderNumber, token)).toEqual(changed);
  return changed;
}

describe('POST /api/orders/{orderNumber}/activate', () => {
  it('activates a created order, starts its term today, issues the invoice and shows it in the list', async () => {
    const order = await orderIn('created', token);
    const activated = await act(order, 'activate', {});
    expect(activated).toMatchObject({ status: 'activated', activatedAt: now, shippingStatus: 'shipped', outstanding: order.total, credited: 0, paymentState: 'not-due' });
    expect(activated.dueDate).toBe(order.paymentTermDays === 14 ? '2026-12-08' : '2026-12-24');
    expect(activated.events.at(-1)).toMatchObject({ type: 'activated', at: now, actor: 'Nathalie Dubois', amount: order.total });
    for (const line of activated.lines) expect(line).toMatchObject({ quantityShipped: line.quantity, quantityInvoiced: line.quantity });
    expect(activated.documents).toEqual([
      { id: `INV-3333-${order.orderNumber}`, type: 'invoice', number: `INV-3333-${order.orderNumber}`, issuedAt: now, amount: order.total },
    ]);

    const [listed] = (await listOrders(`?q=${order.orderNumber}`, token)).items;
    expect(listed).toMatchObject({ orderNumber: order.orderNumber, status: 'activated', version: activated.version });
    expect((await listOrders('?status=created&pageSize=100', token)).items.map((item) => item.orderNumber)).not.toContain(order.orderNumber);
  });

  it('changes only the world the order lives in', async () => {
    const liveOrder = await orderIn('created', token);
    const testBefore = await listOrders('?status=created&pageSize=100', token, 'test');
    await act(liveOrder, 'activate', {});
    expect(await listOrders('?status=created&pageSize=100', token, 'test')).toEqual(testBefore);
  });
});

describe('POST /api/orders/{orderNumber}/cancel', () => {
  it('cancels a created order with its reason', async () => {
    const order = await orderIn('created', token);
    const cancelled = await act(order, 'cancel', { reason: '  Customer withdrew ' });
    expect(cancelled).toMatchObject({ status: 'cancelled', statusReason: 'Customer withdrew', outstanding: 0, credited: 0, documents: [] });
    expect(cancelled.events.at(-1)).toMatchObject({ type: 'cancelled', amount: order.total, reason: 'Customer withdrew' });
    expect((await listOrders(`?q=${order.orderNumber}`, token)).items[0]).toMatchObject({ status: 'cancelled', statusReason: 'Customer withdrew' });
  });

  it('credits all that is outstanding on an activated order and issues a credit note', async () => {
    const order = await orderIn('activated', token);
    const credited = await act(order, 'cancel', { reason: 'Not delivered' });
    expect(credited).toMatchObject({ status: 'credited', outstanding: 0, credited: order.total, paymentState: null });
    expect(credited.events.at(-1)).toMatchObject({ type: 'credited', amount: order.outstanding, reason: 'Not delivered' });
    expect(credited.documents.at(-1)).toMatchObject({ type: 'credit-note', amount: order.outstanding, issuedAt: now });
    expect(credited.documents.at(-1)?.number).toMatch(new RegExp(`^CN-3333-${order.orderNumber}-\\d$`));
  });
});

describe('POST /api/orders/{orderNumber}/reductions', () => {
  it('reduces by an amount and issues a credit note', async () => {
    const order = await orderIn('activated', token);
    const reduced = await act(order, 'reductions', { reason: 'Goodwill gesture', amount: 1_000 });
    expect(reduced).toMatchObject({ status: 'activated', outstanding: order.outstanding - 1_000, credited: order.credited + 1_000 });
    expect(reduced.events.at(-1)).toMatchObject({ type: 'reduced', amount: 1_000, reason: 'Goodwill gesture' });
    expect(reduced.documents).toHaveLength(order.documents.length + 1);
    expect(reduced.documents.at(-1)).toMatchObject({ type: 'credit-note', amount: 1_000 });
  });

  it('credits the order when the reduction takes all that is outstanding', async () => {
    const order = await orderIn('activated', token);
    const reduced = await act(order, 'reductions', { reason: 'Goodwill gesture', amount: order.outstanding });
    expect(reduced).toMatchObject({ status: 'credited', outstanding: 0, credited: order.total });
  });

  it('takes back returned units at their value, with each line’s reason', async () => {
    const order = await orderIn('activated', token);
    const line = order.lines[0]!;
    const value = Math.round(line.lineTotal / line.quantity);
    const returned = await act(order, 'reductions', { reason: 'Goods returned', lines: [{ lineId: line.id, quantity: 1, reason: 'Wrong size' }] });
    const nothingLeft = order.lines.length === 1 && line.quantity === 1;
    const credit = nothingLeft ? order.outstanding : Math.min(value, order.outstanding);
    expect(returned.lines[0]?.quantityReturned).toBe(line.quantityReturned + 1);
    expect(returned).toMatchObject({ outstanding: order.outstanding - credit, credited: order.credited + credit });
    expect(returned.events.at(-1)).toMatchObject({
      type: 'returned',
      amount: credit,
      reason: 'Goods returned',
      lines: [{ lineId: line.id, quantity: 1, reason: 'Wrong size' }],
    });
  });

  it('credits everything, shipping included, once every item is back', async () => {
    const order = await orderIn('activated', token);
    const lines = order.lines.map((line) => ({ lineId: line.id, quantity: line.quantity - line.quantityCancelled - line.quantityReturned })).filter((line) => line.quantity > 0);
    const returned = await act(order, 'reductions', { reason: 'Goods returned', lines });
    expect(returned).toMatchObject({ status: 'credited', outstanding: 0, credited: order.total, statusReason: 'Goods returned' });
    expect(returned.events.at(-1)?.amount).toBe(order.outstanding);
  });
});

describe('POST /api/orders/{orderNumber}/extend-expiry', () => {
  it('moves the expiry of an order close to it 30 days later, once, and the timeline holds it', async () => {
    const order = await expiringOrder(token);
    expect(order).toMatchObject({ expiryExtended: false, maxExpiresAt: addDays(order.expiresAt, 30) });
    const extended = await act(order, 'extend-expiry', {});
    expect(extended).toMatchObject({
      status: 'created',
      expiresAt: order.maxExpiresAt,
      maxExpiresAt: order.maxExpiresAt,
      expiryExtended: true,
      daysToExpiry: order.daysToExpiry! + 30,
      outstanding: order.outstanding,
      documents: [],
    });
    expect(extended.events.at(-1)).toEqual({
      id: `${order.orderNumber}-${order.events.length + 1}`,
      type: 'expiry-extended',
      at: now,
      actor: 'Nathalie Dubois',
      amount: null,
      reason: null,
      reasonCode: null,
      expiresAt: order.maxExpiresAt,
    });
    const [listed] = (await listOrders(`?q=${order.orderNumber}`, token)).items;
    expect(listed).toMatchObject({ expiresAt: order.maxExpiresAt, daysToExpiry: order.daysToExpiry! + 30, expiryExtended: true });
    expect((await listOrders('?status=created&expiresWithinDays=14&pageSize=100', token)).items.map((item) => item.orderNumber)).not.toContain(order.orderNumber);

    const again = await postAction(order.orderNumber, 'extend-expiry', { version: extended.version }, { token });
    expect(again.status).toBe(409);
    expect((await problemOf(again)).detail).toBe(`This order's expiry was already extended once, to ${order.maxExpiresAt}; it cannot be extended again.`);
    expect(await getOrder(order.orderNumber, token)).toEqual(extended);
  });

  it('keeps an extended order created past its first expiry, in the expiry filter and sort, until the provider cancels it after the new one', async () => {
    const order = await expiringOrder(token);
    await act(order, 'extend-expiry', {});
    setToday(addDays(order.expiresAt, 1));
    const [listed] = (await listOrders(`?q=${order.orderNumber}&status=created&expiresWithinDays=29`, token)).items;
    expect(listed).toMatchObject({ orderNumber: order.orderNumber, status: 'created', daysToExpiry: 29 });
    const soonest = (await listOrders('?status=created&sort=daysToExpiry&order=desc&pageSize=100', token)).items.map((item) => item.daysToExpiry);
    expect(soonest).toEqual([...soonest].sort((a, b) => b! - a!));

    setToday(addDays(order.maxExpiresAt!, 1));
    const expired = await getOrder(order.orderNumber, token);
    expect(expired).toMatchObject({ status: 'cancelled', statusReasonCode: 'expired', daysToExpiry: null, maxExpiresAt: null, outstanding: 0 });
    expect(expired.events.slice(-2).map((event) => event.type)).toEqual(['expiry-extended', 'expired']);
    expect(expired.events.at(-1)?.at).toBe(`${addDays(order.maxExpiresAt!, 1)}T00:00:00.000Z`);
  });

  it('refuses with 409 and a reason an order with more than 14 days left, an expired one and one no longer created', async () => {
    const early = await orderIn('created', token);
    const expired = (await listOrders('?status=cancelled&pageSize=100', token)).items.find((item) => item.statusReasonCode === 'expired')!;
    const activated = await orderIn('activated', token);
    for (const [order, detail] of [
      [early, /^Too early: the expiry can be extended in its last 14 days only, from \d{4}-\d{2}-\d{2}; this order expires on /],
      [expired, new RegExp(`^Too late: this order expired on ${expired.expiresAt} and is cancelled\\.$`)],
      [activated, /^Only created orders can have their expiry extended; this order is activated\.$/],
    ] as const) {
      const response = await postAction(order.orderNumber, 'extend-expiry', { version: order.version }, { token });
      expect(response.status).toBe(409);
      expect(await problemOf(response)).toMatchObject({ type: 'https://comptoir.example/problems/not-allowed', detail: expect.stringMatching(detail) });
      expect((await getOrder(order.orderNumber, token)).version).toBe(order.version);
    }
  });
});
