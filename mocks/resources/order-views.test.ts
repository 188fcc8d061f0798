import type { OrderPage } from '@/contract/orders';
import type { OrderViews } from '@/contract/order-list';
import { call, signIn } from '../testing/api-client';
import { getOrder, postAction } from '../testing/order-calls';
import { resetAndSignIn, today } from '../testing/small-backend';

const views = async (token: string, mode: 'test' | 'live' = 'live') => {
  const response = await call('/orders/views', { token, mode });
  expect(response.status).toBe(200);
  return (await response.json()) as OrderViews;
};

const totalOf = async (token: string, query: Record<string, string>, mode: 'test' | 'live' = 'live') =>
  ((await (await call(`/orders?${new URLSearchParams(query)}`, { token, mode })).json()) as OrderPage).total;

describe('GET /api/orders/views', () => {
  it('answers 401 without a session and 400 without a mode', async () => {
    const token = await resetAndSignIn();
    expect((await call('/orders/views')).status).toBe(401);
    expect((await call('/orders/views', { token, mode: null })).status).toBe(400);
  });

  it("offers each role its views, each counted as the list counts its link, on the backend's today", async () => {
    const token = await resetAndSignIn();
    const answer = await views(token);
    expect(answer.today).toBe(today);
    expect(answer.views.map((view) => view.id)).toEqual(['expiring-soon', 'waiting-to-ship', 'overdue', 'in-collection', 'credited-this-month']);
    expect(answer.views.find((view) => view.id === 'credited-this-month')?.query).toEqual({ creditedSince: '2026-11-01' });
    for (const mode of ['live', 'test'] as const) {
      for (const view of (await views(token, mode)).views) {
        expect({ view: view.id, mode, count: view.count }).toEqual({ view: view.id, mode, count: await totalOf(token, view.query, mode) });
      }
    }
    expect(answer.views.every((view) => view.count > 0)).toBe(true);

    expect((await views(await signIn('support'))).views.map((view) => view.id)).toEqual(['expiring-soon', 'overdue', 'in-collection']);
    expect((await views(await signIn('finance'))).views.map((view) => view.id)).toEqual(['overdue', 'in-collection', 'credited-this-month']);
  });

  it('counts an order credited today under "Credited this month" at once', async () => {
    const token = await resetAndSignIn();
    const count = async () => (await views(token)).views.find((view) => view.id === 'credited-this-month')?.count;
    const before = await count();
    const { items } = (await (await call('/orders?status=activated&pageSize=100', { token })).json()) as OrderPage;
    const order = await getOrder(items.find((item) => item.lastCreditedAt === null)!.orderNumber, token);
    expect((await postAction(order.orderNumber, 'reductions', { version: order.version, reason: 'Goodwill', amount: 100 }, { token })).status).toBe(200);
    expect(await count()).toBe((before ?? 0) + 1);
  });
});
