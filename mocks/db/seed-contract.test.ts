import type { Mode } from '@/contract/common';
import { orderDetailSchema, orderPageSchema, orderStatuses, type OrderDetail, type OrderLine, type OrderSummary } from '@/contract/orders';
import { sessionSchema } from '@/contract/session';
import { statementDetailSchema, statementYearSchema } from '@/contract/statements';
import { ticketListSchema } from '@/contract/support';
import { resetMockBackend, server } from '../node';
import { accounts, call, passSecurityCheck } from '../testing/api-client';

// Every answer is read with the contract's strict schemas, as the app reads it:
// a field the backend adds, leaves out or fills wrongly fails here.

// This folder's tests run without the handlers' setup, so this file starts msw/node itself.
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

const today = '2026-11-24';
const ordersPerWorld = 300;

const worlds = (['admin', 'bergblick'] as const).flatMap((account) => (['test', 'live'] as const).map((mode) => ({ account, mode })));

beforeEach(() => {
  resetMockBackend({ ordersPerWorld, today });
});

/** Signs in; the session answer itself must keep to the contract. */
async function signIn(account: keyof typeof accounts): Promise<string> {
  const response = await call('/session', { method: 'POST', body: JSON.stringify({ email: accounts[account], password: 'demo-password' }) });
  expect(response.status).toBe(201);
  return sessionSchema.parse(await response.json()).token;
}

/** Signs in to read a world: a live one opens once the merchant's security check has passed (Bergblick's has not, in the seed). */
async function signInTo(account: keyof typeof accounts, mode: Mode): Promise<string> {
  const token = await signIn(account);
  if (mode === 'live') await passSecurityCheck(token);
  return token;
}

async function read(path: string, token: string, mode: Mode): Promise<unknown> {
  const response = await call(path, { token, mode });
  expect(response.status, `GET ${path}`).toBe(200);
  return response.json();
}

async function everyOrder(token: string, mode: Mode): Promise<OrderSummary[]> {
  const orders: OrderSummary[] = [];
  for (let page = 1; orders.length < ordersPerWorld; page += 1) {
    const { items } = orderPageSchema.parse(await read(`/orders?sort=orderNumber&order=asc&pageSize=100&page=${page}`, token, mode));
    expect(items.length).toBeGreaterThan(0);
    orders.push(...items);
  }
  return orders;
}

/** One order of each status and payment state, and every tenth order besides. */
function sampleOf(orders: readonly OrderSummary[]): OrderSummary[] {
  const seen = new Set<string>();
  return orders.filter((order, position) => {
    const kind = `${order.status}/${order.paymentState}`;
    const fresh = !seen.has(kind);
    seen.add(kind);
    return fresh || position % 10 === 0;
  });
}

describe('the seeded data, read through the handlers', () => {
  it.each(worlds)('answers every order of $account in $mode as the contract has it', async ({ account, mode }) => {
    const token = await signInTo(account, mode);
    const orders = await everyOrder(token, mode);
    expect(orders).toHaveLength(ordersPerWorld);
    const sample = sampleOf(orders);
    expect(new Set(sample.map((order) => order.status))).toEqual(new Set(orderStatuses));
    for (const summary of sample) {
      const detail = orderDetailSchema.parse(await read(`/orders/${summary.orderNumber}`, token, mode));
      expect(detail).toMatchObject(summary);
    }
  });

  it.each(worlds)('answers the statements of 2026 and of a week of $account in $mode as the contract has it', async ({ account, mode }) => {
    const token = await signInTo(account, mode);
    const year = statementYearSchema.parse(await read('/statements?year=2026', token, mode));
    const busy = year.items.find((summary) => summary.movementCount > 0);
    if (!busy) throw new Error('No week of 2026 has movements');
    const statement = statementDetailSchema.parse(await read(`/statements/${busy.week}`, token, mode));
    expect(statement.movements).toHaveLength(busy.movementCount);
  });

  it.each(worlds)('answers the support tickets of $account in $mode as the contract has it', async ({ account, mode }) => {
    const token = await signInTo(account, mode);
    expect(ticketListSchema.parse(await read('/support/tickets', token, mode)).items.length).toBeGreaterThan(0);
  });
});

describe('a changed order, read through the handlers', () => {
  async function act(order: OrderDetail, action: string, body: object, token: string): Promise<OrderDetail> {
    const response = await call(`/orders/${order.orderNumber}/${action}`, {
      token,
      method: 'POST',
      body: JSON.stringify({ version: order.version, ...body }),
    });
    expect(response.status, `POST ${action}`).toBe(200);
    return orderDetailSchema.parse(await response.json());
  }

  it('answers an order activated, then reduced, then partly returned as the contract has it', async () => {
    const token = await signIn('admin');
    const { items } = orderPageSchema.parse(await read('/orders?status=created&sort=daysToExpiry&order=desc&pageSize=20', token, 'live'));
    let order: OrderDetail | undefined;
    for (const summary of items) {
      const detail = orderDetailSchema.parse(await read(`/orders/${summary.orderNumber}`, token, 'live'));
      // Two units at least, so one can come back while the order stays activated.
      if (detail.lines.reduce((units, line) => units + line.quantity, 0) >= 2) {
        order = detail;
        break;
      }
    }
    if (!order) throw new Error('No created order of two units or more');

    order = await act(order, 'activate', {}, token);
    order = await act(order, 'reductions', { reason: 'Goodwill gesture', amount: 100 }, token);
    const line = order.lines[0] as OrderLine;
    order = await act(order, 'reductions', { reason: 'Goods returned', lines: [{ lineId: line.id, quantity: 1, reason: 'Wrong size' }] }, token);

    expect(order).toMatchObject({ status: 'activated' });
    expect(order.events.map((event) => event.type).slice(-3)).toEqual(['activated', 'reduced', 'returned']);
    expect(order.documents.map((document) => document.type)).toEqual(['invoice', 'credit-note', 'credit-note']);
    expect(orderDetailSchema.parse(await read(`/orders/${order.orderNumber}`, token, 'live'))).toEqual(order);
  });
});
