import type { Mode } from '@/contract/common';
import type { OrderDetail, OrderSummary } from '@/contract/orders';
import { accounts, call } from './api-client';

// What the fuzz knows of the world: sessions, orders and the versions last seen.

export type Account = keyof typeof accounts;
export const accountNames = Object.keys(accounts) as Account[];

export interface KnownOrder {
  orderNumber: string;
  mode: Mode;
  /** Whose order it is. */
  account: 'admin' | 'bergblick';
  version: number;
  lines: { id: string; quantity: number }[];
  documents: string[];
}

export const tokens = new Map<Account, string>();
export const endedTokens: string[] = [];
export const known: KnownOrder[] = [];

export async function loadOrders(account: 'admin' | 'bergblick', mode: Mode, status: string) {
  const response = await call(`/orders?status=${status}&pageSize=8&sort=orderNumber`, { token: tokens.get(account)!, mode });
  const { items } = (await response.json()) as { items: OrderSummary[] };
  for (const item of items) {
    const detail = (await (await call(`/orders/${item.orderNumber}`, { token: tokens.get(account)!, mode })).json()) as OrderDetail;
    known.push({
      orderNumber: detail.orderNumber,
      mode,
      account,
      version: detail.version,
      lines: detail.lines.map((line) => ({ id: line.id, quantity: line.quantity })),
      documents: detail.documents.map((document) => document.id),
    });
  }
}

export function noteAnswer(order: KnownOrder | undefined, status: number, body: unknown) {
  if (!order || typeof body !== 'object' || body === null) return;
  const answer = body as Partial<OrderDetail> & { currentVersion?: number };
  if (status === 200 && answer.orderNumber === order.orderNumber && typeof answer.version === 'number') {
    order.version = answer.version;
    order.documents = (answer.documents ?? []).map((document) => document.id);
  }
  if (status === 409 && typeof answer.currentVersion === 'number') order.version = answer.currentVersion;
}
