import type { Mode } from '@/contract/common';
import type { OrderDetail, OrderSummary } from '@/contract/orders';

// The wire types, enums and limits come from the API contract (@/contract/orders);
// this module holds what only the backend keeps.

/** Actor of the events the provider itself records. */
export const providerActor = 'Comptoir';

/** What the API answers but never stores: it follows from the ids, the clock, the events or the statements. */
type Derived = 'paymentReference' | 'expiresAt' | 'maxExpiresAt' | 'daysToExpiry' | 'dueDate' | 'agreedDueDate' | 'dueDateExtension' | 'paymentState' | 'documents' | 'payTo' | 'chargebacks';

/**
 * An order as stored: the order the API answers, less what is derived, plus
 * its world and the day it was paid. Built from the contract so that a new
 * wire field shows up here, and the compiler names every place that fills it.
 * Time-dependent facts (expiry, payment state, reminders) are derived from the
 * clock when the order is read.
 */
export interface OrderRecord extends Omit<OrderDetail, Derived> {
  mode: Mode;
  /** When the shopper paid in full; lets reminders stop at the right day. */
  paidAt: string | null;
}

/** The order's own fields without what only the detail shows (lines, events, addresses): enough to list it. */
export type OrderCore = Omit<OrderRecord, Exclude<keyof OrderDetail, keyof OrderSummary>>;
