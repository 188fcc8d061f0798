import type { OrderDetail } from '@/contract/orders';
import { idempotencyKeyHeader } from '@/contract/common';
import { resetMockBackend } from '../node';
import { call, passSecurityCheck, signIn } from '../testing/api-client';
import { expiringOrder, getOrder, listOrders, orderIn, postAction, problemOf } from '../testing/order-calls';

const problems = 'https://comptoir.example/problems';
let token: string;

beforeEach(async () => {
  resetMockBackend({ ordersPerWorld: 300, today: '2026-11-24' });
  token = await signIn();
});

const bodies = (order: OrderDetail) =>
  [
    ['activate', { version: order.version }],
    ['extend-expiry', { version: order.version }],
    ['cancel', { version: order.version, reason: 'Customer withdrew' }],
    ['reductions', { version: order.version, reason: 'Goodwill', amount: 100 }],
  ] as const;

describe('who may act on an order', () => {
  it.each(['finance', 'support'] as const)('refuses %s every action with 403, and nothing changes', async (role) => {
    const other = await signIn(role);
    for (const status of ['created', 'activated'] as const) {
      const order = await orderIn(status, token);
      for (const [action, body] of bodies(order)) {
        const response = await postAction(order.orderNumber, action, body, { token: other });
        expect(response.status).toBe(403);
        expect((await problemOf(response)).type).toBe(`${problems}/forbidden`);
      }
      expect(await getOrder(order.orderNumber, token)).toEqual(order);
    }
  });

  it('answers 404 for another merchant’s order, the other mode’s order and an unknown one', async () => {
    const bergblick = await signIn('bergblick');
    await passSecurityCheck(bergblick);
    const theirs = await orderIn('created', bergblick);
    const ours = await orderIn('created', token);
    for (const [orderNumber, mode] of [
      [theirs.orderNumber, 'live'],
      [ours.orderNumber, 'test'],
      ['9999999', 'live'],
    ] as const) {
      const response = await postAction(orderNumber, 'activate', { version: ours.version }, { token, mode });
      expect(response.status).toBe(404);
      expect((await problemOf(response)).type).toBe(`${problems}/not-found`);
    }
  });
});

describe('invalid requests', () => {
  it.each([
    ['activate', {}, ['version']],
    ['activate', { version: '3' }, ['version']],
    ['activate', { version: 2.5 }, ['version']],
    ['activate', { version: 0 }, ['version']],
    ['extend-expiry', { version: -1 }, ['version']],
    ['cancel', { version: 1 }, ['reason']],
    ['cancel', { version: 1, reason: '   ' }, ['reason']],
    ['cancel', { version: 1, reason: '\u0000' }, ['reason']],
    ['cancel', { version: 1, reason: '\u200b\u00a0' }, ['reason']],
    ['cancel', { version: 1, reason: 'x'.repeat(501) }, ['reason']],
    ['reductions', { version: 1, reason: 'Goodwill' }, ['body']],
    ['reductions', { version: 1, reason: 'Goodwill', amount: 100, lines: [{ lineId: 'a', quantity: 1 }] }, ['body']],
    ['reductions', { version: 1, reason: 'Goodwill', amount: 0 }, ['amount']],
    ['reductions', { version: 1, reason: 'Goodwill', amount: 10.5 }, ['amount']],
    ['reductions', { version: 1, reason: 'Goodwill', lines: [] }, ['lines']],
    ['reductions', { version: 1, reason: 'Goodwill', lines: [{ lineId: 'a', quantity: 0 }] }, ['lines.0.quantity']],
    ['reductions', { reason: '', lines: [{ quantity: 1 }] }, ['lines.0.lineId', 'reason', 'version']],
  ])('%s with %j answers 422 naming %j', async (action, body, fields) => {
    const order = await orderIn('activated', token);
    const response = await postAction(order.orderNumber, action, body, { token });
    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem.type).toBe(`${problems}/invalid-values`);
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual(fields);
  });

  it('asks a reduction with neither an amount nor lines, or with both, for one of the two', async () => {
    const order = await orderIn('activated', token);
    for (const body of [{ version: order.version, reason: 'Goodwill' }, { version: order.version, reason: 'Goodwill', amount: 100, lines: [{ lineId: order.lines[0]!.id, quantity: 1 }] }]) {
      const problem = await problemOf(await postAction(order.orderNumber, 'reductions', body, { token }));
      expect(problem.errors).toEqual({ body: ['Send one of the two: an amount, or the lines that come back.'] });
    }
  });

  it('answers 422 when the values do not fit the order', async () => {
    const order = await orderIn('activated', token);
    const line = order.lines[0]!;
    const tooMuch = await postAction(order.orderNumber, 'reductions', { version: order.version, reason: 'Goodwill', amount: order.outstanding + 1 }, { token });
    expect(tooMuch.status).toBe(422);
    expect((await problemOf(tooMuch)).errors).toHaveProperty('amount');
    const lines = [
      { lineId: 'no-such-line', quantity: 1 },
      { lineId: line.id, quantity: line.quantity + 1 },
    ];
    const wrongLines = await postAction(order.orderNumber, 'reductions', { version: order.version, reason: 'Goods returned', lines }, { token });
    expect(wrongLines.status).toBe(422);
    expect(Object.keys((await problemOf(wrongLines)).errors ?? {})).toEqual(['lines.0.lineId', 'lines.1.quantity']);
    expect(await getOrder(order.orderNumber, token)).toEqual(order);
  });

  it('answers 400 for a body that is not JSON and an overlong Idempotency-Key', async () => {
    const order = await orderIn('created', token);
    const notJson = await call(`/orders/${order.orderNumber}/activate`, { token, method: 'POST', body: '{version: 1' });
    expect(notJson.status).toBe(400);
    const longKey = await postAction(order.orderNumber, 'activate', { version: order.version }, { token, key: 'k'.repeat(201) });
    expect(longKey.status).toBe(400);
  });
});

describe('conflicts', () => {
  it('refuses a change against a stale version with 409 and the current version, and applies nothing', async () => {
    const order = await orderIn('activated', token);
    const response = await postAction(order.orderNumber, 'reductions', { version: order.version - 1, reason: 'Goodwill', amount: 100 }, { token });
    expect(response.status).toBe(409);
    expect(await problemOf(response)).toMatchObject({
      type: `${problems}/stale-version`,
      title: 'The order has changed',
      status: 409,
      currentVersion: order.version,
    });
    expect(await getOrder(order.orderNumber, token)).toEqual(order);
  });

  it('refuses an extension of the expiry against a stale version with 409, and extends nothing', async () => {
    const order = await expiringOrder(token);
    const response = await postAction(order.orderNumber, 'extend-expiry', { version: order.version + 1 }, { token });
    expect(response.status).toBe(409);
    expect(await problemOf(response)).toMatchObject({ type: `${problems}/stale-version`, currentVersion: order.version });
    expect(await getOrder(order.orderNumber, token)).toEqual(order);
  });

  it('refuses an action the order’s state does not allow with 409 saying why', async () => {
    for (const [status, action, detail] of [
      ['activated', 'activate', 'Only created orders can be activated; this order is activated.'],
      ['paid', 'cancel', 'Only created or activated orders can be cancelled; this order is paid.'],
      ['created', 'reductions', 'Only activated orders can be reduced; this order is created. It is not invoiced yet: cancel it instead.'],
      ['cancelled', 'reductions', 'Only activated orders can be reduced; this order is cancelled.'],
    ] as const) {
      const order = await orderIn(status, token);
      const response = await postAction(order.orderNumber, action, { version: order.version, reason: 'Goodwill', amount: 100 }, { token });
      expect(response.status).toBe(409);
      expect(await problemOf(response)).toMatchObject({ type: `${problems}/not-allowed`, status: 409, detail });
    }
  });

  it('lets only one of two simultaneous changes against one version through', async () => {
    const order = await orderIn('activated', token);
    const body = { version: order.version, reason: 'Goodwill', amount: 100 };
    const statuses = await Promise.all([1, 2].map(() => postAction(order.orderNumber, 'reductions', body, { token }).then((response) => response.status)));
    expect(statuses.sort()).toEqual([200, 409]);
    expect((await getOrder(order.orderNumber, token)).credited).toBe(order.credited + 100);
  });
});

describe('Idempotency-Key', () => {
  it('answers a retry with the first answer and applies the change once', async () => {
    const order = await orderIn('activated', token);
    const body = { version: order.version, reason: 'Goodwill', amount: 1_000 };
    const first = await postAction(order.orderNumber, 'reductions', body, { token, key: 'retry-1' });
    const retry = await postAction(order.orderNumber, 'reductions', body, { token, key: 'retry-1' });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual(await first.json());
    const after = await getOrder(order.orderNumber, token);
    expect(after).toMatchObject({ credited: order.credited + 1_000, version: order.version + 1 });
    expect(after.events.filter((event) => event.type === 'reduced')).toHaveLength(order.events.filter((event) => event.type === 'reduced').length + 1);
    expect((await listOrders(`?q=${order.orderNumber}`, token)).items[0]?.credited).toBe(order.credited + 1_000);
  });

  it('takes a retry serialised again, its keys in another order and spaced, for the same request', async () => {
    const order = await orderIn('activated', token);
    const body = { version: order.version, reason: 'Goodwill', amount: 1_000 };
    const first = await postAction(order.orderNumber, 'reductions', body, { token, key: 'retry-2' });
    const again = await call(`/orders/${order.orderNumber}/reductions`, {
      token,
      mode: 'live',
      method: 'POST',
      body: `{ "amount": 1000, "reason": "Goodwill", "version": ${order.version} }`,
      headers: { [idempotencyKeyHeader]: 'retry-2' },
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect((await getOrder(order.orderNumber, token)).credited).toBe(order.credited + 1_000);
  });

  it('answers a retried extension of the expiry with the first answer and extends once', async () => {
    const order = await expiringOrder(token);
    const first = await postAction(order.orderNumber, 'extend-expiry', { version: order.version }, { token, key: 'extend-1' });
    const retry = await postAction(order.orderNumber, 'extend-expiry', { version: order.version }, { token, key: 'extend-1' });
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(await retry.json()).toEqual(await first.json());
    const after = await getOrder(order.orderNumber, token);
    expect(after).toMatchObject({ version: order.version + 1, expiryExtended: true, expiresAt: order.maxExpiresAt });
    expect(after.events.filter((event) => event.type === 'expiry-extended')).toHaveLength(1);
  });

  it('keeps no failed answer, so the same key may carry the corrected request', async () => {
    const order = await orderIn('created', token);
    const stale = await postAction(order.orderNumber, 'activate', { version: order.version + 1 }, { token, key: 'fix-me' });
    expect(stale.status).toBe(409);
    const fixed = await postAction(order.orderNumber, 'activate', { version: order.version }, { token, key: 'fix-me' });
    expect(fixed.status).toBe(200);
  });

  it('refuses a key reused for another request, and keeps keys apart per mode', async () => {
    const [first, second] = (await listOrders('?status=created&sort=daysToExpiry&order=desc', token)).items;
    expect((await postAction(first!.orderNumber, 'activate', { version: first!.version }, { token, key: 'one-key' })).status).toBe(200);
    const reused = await postAction(second!.orderNumber, 'activate', { version: second!.version }, { token, key: 'one-key' });
    expect(reused.status).toBe(422);
    expect(await problemOf(reused)).toMatchObject({ type: `${problems}/idempotency-key-reused`, errors: { 'Idempotency-Key': [expect.any(String)] } });
    const testOrder = await orderIn('created', token, 'test');
    const otherMode = await postAction(testOrder.orderNumber, 'activate', { version: testOrder.version }, { token, mode: 'test', key: 'one-key' });
    expect(otherMode.status).toBe(200);
  });
});
