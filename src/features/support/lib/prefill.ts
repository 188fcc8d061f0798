import { isoWeekPattern } from '@/contract/common';
import { topics, type Topic } from '@/contract/support';
import type { OrderPrefill } from '../api/get-order-prefill';

/**
 * The topic a request about an order most likely has, given where the order stands. An activated
 * order gets none in particular: its page has a link of its own to ask for a later due date.
 */
export function topicForOrder(order: Pick<OrderPrefill, 'status'>): Topic {
  switch (order.status) {
    case 'created':
      return 'activation';
    case 'cancelled':
    case 'credited':
      return 'credit';
    default:
      return 'other';
  }
}

/** The form's fields from the order it was started from; on `topic` when one was asked for (an extension from the order's page). */
export function orderFields(order: OrderPrefill, topic?: Topic) {
  return { orderReference: order.paymentReference, customerId: order.customer.customerId, topic: topic ?? topicForOrder(order) };
}

/** A topic named in the page's address, or undefined when it names none. */
export function topicOf(value: string | null): Topic | undefined {
  return topics.find((topic) => topic === value);
}

/** The ISO week of a statement named in the page's address (`?statement=2026-W48`), or undefined. */
export function statementWeekOf(value: string | null): string | undefined {
  return value !== null && isoWeekPattern.test(value) ? value : undefined;
}

/** A message about a statement starts by naming its week, once, before what the user had typed. */
export function messageAboutStatement(message: string, aboutWeek: string, week: string): string {
  return message.includes(week) ? message : `${aboutWeek}${message}`;
}
