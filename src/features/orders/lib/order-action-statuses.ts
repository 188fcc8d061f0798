import type { OrderStatus } from '@/contract/orders';

export const orderActionIds = ['activate', 'extend', 'cancel', 'reduce'] as const;
export type ActionId = (typeof orderActionIds)[number];

/**
 * The statuses an order takes each action in, as the API's state machine has them (it answers 409
 * in the others): the order's page offers an action only there, and an open dialog stops offering
 * it once the fresh order has left them.
 */
const openIn: Record<ActionId, readonly OrderStatus[]> = {
  activate: ['created'],
  extend: ['created'],
  cancel: ['created', 'activated'],
  reduce: ['activated'],
};

export function isActionOpen(action: ActionId, status: OrderStatus): boolean {
  return openIn[action].includes(status);
}
