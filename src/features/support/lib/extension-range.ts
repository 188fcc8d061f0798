import { limits } from '@/contract/common';
import { addCalendarDays } from '@/lib/calendar-days';

/** What an extension is bounded by: the order the request is about and its current due date. */
export type OrderTerm = { orderNumber: string; paymentReference: string; dueDate: string | null };

/** Today as YYYY-MM-DD in the user's time zone, comparable with a date input's value. */
export function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * The days a new due date may be wished for, as the API allows them: after today and after the
 * current due date, at most `extensionDaysMax` days after it. Null before the order has a due date.
 */
export function extensionRange({ dueDate }: Pick<OrderTerm, 'dueDate'>, today = localToday()): { min: string; max: string } | null {
  if (dueDate === null) return null;
  const dayAfterDue = addCalendarDays(dueDate, 1);
  const tomorrow = addCalendarDays(today, 1);
  return { min: dayAfterDue > tomorrow ? dayAfterDue : tomorrow, max: addCalendarDays(dueDate, limits.extensionDaysMax) };
}

/** The range of the order a reference names, when it names `order` (the order the form was started from). */
export function extensionRangeFor(order: OrderTerm | undefined, reference: string): { min: string; max: string } | null {
  const typed = reference.replace(/\s+/g, '').toLowerCase();
  const named = order && (typed === order.orderNumber || typed === order.paymentReference.toLowerCase());
  return named ? extensionRange(order) : null;
}
