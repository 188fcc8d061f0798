import type { Role } from '@/contract/common';
import type { OrderView, OrderViewId } from '@/contract/order-list';

type ViewQuery = OrderView['query'];

// Each view is a link to the list: its query holds the same parameters a user could set by hand.
const queries: Record<OrderViewId, (today: string) => ViewQuery> = {
  'expiring-soon': () => ({ expiresWithinDays: '7', sort: 'daysToExpiry', order: 'asc' }),
  'waiting-to-ship': () => ({ status: 'created', shipping: 'waiting', sort: 'orderDate', order: 'asc' }),
  // Still dunned by the provider, the longest overdue first; collection has a view of its own.
  overdue: () => ({ paymentState: 'overdue,reminder-1,reminder-2', sort: 'dueDate', order: 'asc' }),
  'in-collection': () => ({ paymentState: 'collection', sort: 'dueDate', order: 'asc' }),
  // Any credit booked this month is the latest one on or after its first day.
  'credited-this-month': (today) => ({ creditedSince: `${today.slice(0, 7)}-01` }),
};

// Support answers shoppers about expiry and payment; finance follows the money; an admin sees all.
const viewsByRole: Record<Role, readonly OrderViewId[]> = {
  admin: ['expiring-soon', 'waiting-to-ship', 'overdue', 'in-collection', 'credited-this-month'],
  finance: ['overdue', 'in-collection', 'credited-this-month'],
  support: ['expiring-soon', 'overdue', 'in-collection'],
};

/** The ready-made views a role is offered on `today`, in the order to show them. */
export function orderViewsFor(role: Role, today: string): { id: OrderViewId; query: ViewQuery }[] {
  return viewsByRole[role].map((id) => ({ id, query: queries[id](today) }));
}
