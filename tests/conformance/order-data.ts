import type { OrderDetail, OrderPage, OrderSummary } from '@/contract/orders';
import type { Answer } from './api';
import { ensure, expectStatus, type Context } from './suite';

// Looking orders up for the checks: they work on whatever data the server holds.

export async function listOrders(context: Context, query: Record<string, string | number>, mode = 'test'): Promise<OrderPage> {
  const search = new URLSearchParams(Object.entries(query).map(([name, value]) => [name, String(value)]));
  const answer = await context.api.call(`/orders?${search}`, { token: context.admin.token, mode });
  expectStatus(answer, 200);
  return answer.json<OrderPage>();
}

export async function orderDetail(context: Context, orderNumber: string, mode = 'test'): Promise<OrderDetail> {
  const answer = await context.api.call(`/orders/${encodeURIComponent(orderNumber)}`, { token: context.admin.token, mode });
  expectStatus(answer, 200);
  return answer.json<OrderDetail>();
}

/** A biggest page of the test world, the sample that filters and sorts pick their values from. */
export async function sampleOrders(context: Context, query: Record<string, string | number> = {}, mode = 'test'): Promise<OrderSummary[]> {
  const { items } = await listOrders(context, { pageSize: 100, ...query }, mode);
  ensure(items.length > 0, `the ${mode} world lists no orders to check with`);
  return items;
}

/** Created orders handed out once per run, so that no two checks change the same one. */
const handedOut = new Set<string>();

/** A created order of the test world that no other check of this run uses, in full; `filter` narrows the choice. */
export async function unusedCreatedOrder(context: Context, filter: Record<string, string | number> = {}): Promise<OrderDetail> {
  const { items } = await listOrders(context, { ...filter, status: 'created', sort: 'orderDate', order: 'desc', pageSize: 100 });
  // An order on its last day could expire while the check runs.
  const order = items.find((item) => !handedOut.has(item.orderNumber) && (item.daysToExpiry ?? 0) > 0);
  ensure(order, 'the test world has no created order left to change');
  handedOut.add(order.orderNumber);
  return orderDetail(context, order.orderNumber);
}

/** Posts an order action. */
export function orderAction(context: Context, orderNumber: string, action: 'activate' | 'cancel' | 'extend-expiry' | 'reductions', body: unknown, idempotencyKey?: string): Promise<Answer> {
  return context.api.call(`/orders/${encodeURIComponent(orderNumber)}/${action}`, {
    method: 'POST',
    token: context.admin.token,
    body,
    ...(idempotencyKey && { idempotencyKey }),
  });
}

/** A created order activated for a check, with the answer's detail. */
export async function activatedOrder(context: Context): Promise<OrderDetail> {
  const order = await unusedCreatedOrder(context);
  const answer = await orderAction(context, order.orderNumber, 'activate', { version: order.version });
  expectStatus(answer, 200);
  return answer.json<OrderDetail>();
}

/** The year of the newest order: the server's own "today" is not known, its data is near it. */
export async function newestOrderYear(context: Context): Promise<number> {
  const [newest] = (await listOrders(context, { sort: 'orderDate', order: 'desc', pageSize: 1 })).items;
  ensure(newest, 'the test world lists no orders to date the statements by');
  return Number(newest.orderDate.slice(0, 4));
}
