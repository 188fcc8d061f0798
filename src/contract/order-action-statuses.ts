import type { OrderStatus } from './orders';

export const orderActionIds = ['activate', 'extend', 'cancel', 'reduce'] as const;
export type ActionId = (typeof orderActionIds)[number];

/**
 * The statuses an order takes each action in: the API's state machine answers 409 in the others
 * (an order that expired reads as cancelled). The app offers an action only there, and an open
 * dialog stops offering it once the fresh order has left them.
 */
const openIn = {
  activate: ['created'],
  extend: ['created'],
  cancel: ['created', 'activated'],
  reduce: ['activated'],
} as const satisfies Record<ActionId, readonly OrderStatus[]>;

/** Whether `status` takes `action`; as a type guard, it narrows the status to those statuses, or away from them. */
export function isActionOpen<Action extends ActionId>(action: Action, status: OrderStatus): status is (typeof openIn)[Action][number] {
  return (openIn[action] as readonly OrderStatus[]).includes(status);
}
