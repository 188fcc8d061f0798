import { limits } from '@/contract/common';
import { expiryExtension, paymentSchedule, type OrderStatus, type PaymentState, type PaymentTermDays } from '@/contract/orders';
import { addDays, addMonths, datePart, daysBetween } from './dates';
import type { OrderRecord } from './order-model';

// Orders share few distinct days, and listing a large world asks for these
// dates once per order: remembering them per day keeps that cheap.
const expiryByDay = new Map<string, string>();

/** An order must be activated within two calendar months of its order date. */
function twoMonthsAfter(orderDate: string): string {
  const day = datePart(orderDate);
  let expiry = expiryByDay.get(day);
  if (expiry === undefined) {
    expiry = addMonths(day, 2);
    expiryByDay.set(day, expiry);
  }
  return expiry;
}

/** The latest expiry the provider allows: the one extension's days after the two months. */
export function latestExpiry(orderDate: string): string {
  return addDays(twoMonthsAfter(orderDate), expiryExtension.days);
}

type ExpiryFacts = Pick<OrderRecord, 'status' | 'orderDate' | 'expiryExtended'>;

/** The last day the order can be activated, its extension included. */
export function expiresAt(record: Pick<OrderRecord, 'orderDate' | 'expiryExtended'>): string {
  return record.expiryExtended ? latestExpiry(record.orderDate) : twoMonthsAfter(record.orderDate);
}

/** A created order is still valid on its expiry day and expired from the next day on. */
export function isExpired(record: ExpiryFacts, today: string): boolean {
  return record.status === 'created' && expiresAt(record) < today;
}

export function effectiveStatus(record: ExpiryFacts, today: string): OrderStatus {
  return isExpired(record, today) ? 'cancelled' : record.status;
}

/** Whole days left for a created order; null once it is anything else. */
export function daysToExpiry(record: ExpiryFacts, today: string): number | null {
  if (effectiveStatus(record, today) !== 'created') return null;
  return daysBetween(today, expiresAt(record));
}

const dueByDayAndTerm = new Map<string, string>();

export function dueDate(activatedAt: string | null, termDays: PaymentTermDays): string | null {
  if (activatedAt === null) return null;
  const key = `${datePart(activatedAt)}+${termDays}`;
  let due = dueByDayAndTerm.get(key);
  if (due === undefined) {
    due = addDays(datePart(activatedAt), termDays);
    dueByDayAndTerm.set(key, due);
  }
  return due;
}

// Dunning steps, counted in days after the due date.
export const reminderOneAfterDays = paymentSchedule.reminderOne;
export const reminderTwoAfterDays = paymentSchedule.reminderTwo;
export const collectionAfterDays = paymentSchedule.collection;

/** Payment state of an activated order on `today`, from the days relative to its due date. */
export function paymentStateOn(due: string, today: string): PaymentState {
  const daysLate = daysBetween(due, today);
  if (daysLate < 0) return 'not-due';
  if (daysLate === 0) return 'due';
  if (daysLate < reminderOneAfterDays) return 'overdue';
  if (daysLate < reminderTwoAfterDays) return 'reminder-1';
  if (daysLate < collectionAfterDays) return 'reminder-2';
  return 'collection';
}

/**
 * The days a payment-term extension may name as the new due date on `today`: after today and after
 * the due date (and the one agreed to, if any), at most `limits.extensionDaysMax` days after the
 * due date. Null for an order with no due date to move (not activated, or paid), and for one due
 * that many days ago or more: none is left.
 */
export function dueDateExtension(status: OrderStatus, due: string | null, today: string, agreed: string | null = null): { from: string; to: string } | null {
  if (status !== 'activated' || due === null) return null;
  // A day already agreed to is not asked for again; the provider's limit still counts from the invoice.
  const dayAfterDue = addDays(agreed ?? due, 1);
  const tomorrow = addDays(today, 1);
  const from = dayAfterDue > tomorrow ? dayAfterDue : tomorrow;
  const to = addDays(due, limits.extensionDaysMax);
  return from <= to ? { from, to } : null;
}

export function paymentState(status: OrderStatus, due: string | null, today: string): PaymentState | null {
  if (status === 'paid') return 'paid';
  if (status !== 'activated' || due === null) return null;
  return paymentStateOn(due, today);
}
