import { limits } from '@/contract/common';
import type { OrderStatus } from '@/contract/orders';
import { addCalendarDays } from '@/lib/calendar-days';

/** What an extension is bounded by: the order the request is about, its state and its current due date. */
export type OrderTerm = { orderNumber: string; paymentReference: string; status: OrderStatus; dueDate: string | null };

/** Today as YYYY-MM-DD in the user's time zone, comparable with a date input's value. */
export function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Only an activated order still to be paid has a due date the provider could move. */
export function canExtend(order: Pick<OrderTerm, 'status'>): boolean {
  return order.status === 'activated';
}

/**
 * The days a new due date may be wished for, as the API allows them: after today and after the
 * current due date, at most `extensionDaysMax` days after it. Null for an order it cannot move.
 */
export function extensionRange(order: Pick<OrderTerm, 'status' | 'dueDate'>, today = localToday()): { min: string; max: string } | null {
  if (!canExtend(order) || order.dueDate === null) return null;
  const dayAfterDue = addCalendarDays(order.dueDate, 1);
  const tomorrow = addCalendarDays(today, 1);
  return { min: dayAfterDue > tomorrow ? dayAfterDue : tomorrow, max: addCalendarDays(order.dueDate, limits.extensionDaysMax) };
}

/**
 * The order number a reference names: an order number, or a payment reference (BP1234567/3333)
 * of `merchantId`, spaces and case aside. Null for anything else.
 */
export function referencedOrderNumber(reference: string, merchantId: string): string | null {
  const typed = reference.replace(/\s+/g, '').toUpperCase();
  if (/^\d{4,10}$/.test(typed)) return typed;
  const match = /^BP(\d{4,10})\/(\d{2,10})$/.exec(typed);
  return match && match[2] === merchantId ? match[1]! : null;
}

/** `order` when the reference names it, by its number or its payment reference. */
export function orderNamedBy(order: OrderTerm | undefined, reference: string): OrderTerm | undefined {
  const typed = reference.replace(/\s+/g, '').toLowerCase();
  return order && (typed === order.orderNumber || typed === order.paymentReference.toLowerCase()) ? order : undefined;
}
