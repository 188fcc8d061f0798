import { useOrderAction, type ActionOptions } from './order-actions';

/** POST /orders/{orderNumber}/activate: the goods are shipped, the invoice is issued. */
export type ActivateBody = { version: number };

export function useActivateOrder(options?: ActionOptions<ActivateBody>) {
  return useOrderAction<ActivateBody>('activate', options);
}
