import { idempotencyKeyHeader, type Mode, type Problem } from '@/contract/common';
import { expiryExtension, type OrderDetail, type OrderPage, type OrderStatus } from '@/contract/orders';
import { call } from './api-client';

// What the handler tests of order actions and documents share.

interface ActionOptions {
  token: string;
  mode?: Mode;
  key?: string;
}

export function postAction(orderNumber: string, action: string, body: unknown, { token, mode = 'live', key }: ActionOptions): Promise<Response> {
  return call(`/orders/${orderNumber}/${action}`, {
    token,
    mode,
    method: 'POST',
    body: JSON.stringify(body),
    headers: key === undefined ? {} : { [idempotencyKeyHeader]: key },
  });
}

export async function getOrder(orderNumber: string, token: string, mode: Mode = 'live'): Promise<OrderDetail> {
  const response = await call(`/orders/${orderNumber}`, { token, mode });
  if (response.status !== 200) throw new Error(`GET order ${orderNumber} answered ${response.status}`);
  return (await response.json()) as OrderDetail;
}

export async function listOrders(query: string, token: string, mode: Mode = 'live'): Promise<OrderPage> {
  return (await (await call(`/orders${query}`, { token, mode })).json()) as OrderPage;
}

/** An order of the seed in this state, with its lines; created ones with plenty of days left. */
export async function orderIn(status: OrderStatus, token: string, mode: Mode = 'live'): Promise<OrderDetail> {
  const sort = status === 'created' ? '&sort=daysToExpiry&order=desc' : '';
  const [first] = (await listOrders(`?status=${status}${sort}`, token, mode)).items;
  if (!first) throw new Error(`The seed has no ${status} order`);
  return getOrder(first.orderNumber, token, mode);
}

/** A created order of the seed in the last days before its expiry, when it may be extended: the one with most days left. */
export async function expiringOrder(token: string, mode: Mode = 'live'): Promise<OrderDetail> {
  const [first] = (await listOrders(`?status=created&expiresWithinDays=${expiryExtension.windowDays}&sort=daysToExpiry&order=desc`, token, mode)).items;
  if (!first) throw new Error('The seed has no order close to its expiry');
  return getOrder(first.orderNumber, token, mode);
}

export async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  return (await response.json()) as Awaited<ReturnType<typeof problemOf>>;
}
