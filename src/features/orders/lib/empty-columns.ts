import { orderStatuses, type OrderStatus } from '@/contract/orders';
import type { OrderListParams } from './list-params';

type Narrowing = Pick<OrderListParams, 'status' | 'paymentState' | 'overdueByMoreThanDays' | 'expiresWithinDays' | 'creditedSince'>;

/** The statuses an order can have and still pass the filters. */
function possibleStatuses({ status, paymentState, overdueByMoreThanDays, expiresWithinDays, creditedSince }: Narrowing): Set<OrderStatus> {
  let possible: readonly OrderStatus[] = status.length > 0 ? status : orderStatuses;
  const keep = (allowed: readonly OrderStatus[]) => (possible = possible.filter((value) => allowed.includes(value)));
  // A payment state, and so being overdue, belongs to an activated order, or to one paid since.
  if (paymentState.length > 0 || overdueByMoreThanDays !== null) keep(['activated', 'paid']);
  // Only an order still waiting for activation expires.
  if (expiresWithinDays !== null) keep(['created']);
  // A credit is booked after activation.
  if (creditedSince !== null) keep(['activated', 'paid', 'credited']);
  return new Set(possible);
}

/**
 * The columns of the list no order can fill under these filters, left out so that those that can
 * come into view: days to expiry and the activate button are for created orders only, a payment
 * state and a due date for activated and paid ones (an order credited in full owes nothing).
 */
export function columnsEmptyUnder(params: Narrowing): string[] {
  const possible = possibleStatuses(params);
  const any = (...statuses: OrderStatus[]) => statuses.some((value) => possible.has(value));
  return [
    ...(any('created') ? [] : ['daysToExpiry', 'actions']),
    ...(any('activated', 'paid') ? [] : ['paymentState', 'dueDate']),
  ];
}
