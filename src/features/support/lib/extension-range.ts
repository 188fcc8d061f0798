import { limits } from '@/contract/common';
import type { OrderDetail } from '@/contract/orders';
import { addCalendarDays } from '@/lib/calendar-days';

/**
 * What an extension is bounded by: the order the request is about, its state, its current due date
 * and the days the API would accept as the new one (on the backend's "today", not the browser's).
 */
export type OrderTerm = Pick<OrderDetail, 'orderNumber' | 'paymentReference' | 'status' | 'dueDate' | 'agreedDueDate' | 'dueDateExtension'>;

/** Today as YYYY-MM-DD in the user's time zone, comparable with a date input's value. */
export function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** What the app says of an order whose due date cannot be moved, by why (keys of the support catalogue). */
export const refusalMessages = {
  'nothing-to-pay': 'validation.orderNotExtendable',
  'too-late': 'validation.orderTooLateToExtend',
  'at-limit': 'validation.orderAtExtensionLimit',
} as const;

/**
 * Why the provider would refuse to move an order's due date: only an activated order still to be
 * paid has one, one due too long ago has no day left to ask for, and one the provider already moved
 * to the latest day it allows has none either. Null when it may be moved.
 */
export function extensionRefusal(order: Pick<OrderTerm, 'status' | 'dueDate' | 'agreedDueDate' | 'dueDateExtension'>): 'nothing-to-pay' | 'too-late' | 'at-limit' | null {
  if (order.status !== 'activated' || order.dueDate === null) return 'nothing-to-pay';
  if (order.dueDateExtension !== null) return null;
  const latest = addCalendarDays(order.dueDate, limits.extensionDaysMax);
  return order.agreedDueDate !== null && order.agreedDueDate >= latest ? 'at-limit' : 'too-late';
}

/** `order` when the reference names it, by its number or its payment reference. */
export function orderNamedBy(order: OrderTerm | undefined, reference: string): OrderTerm | undefined {
  const typed = reference.replace(/\s+/g, '').toLowerCase();
  return order && [order.orderNumber, `bp${order.orderNumber}`, order.paymentReference.toLowerCase()].includes(typed) ? order : undefined;
}
