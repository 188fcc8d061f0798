import type { ActivateBody } from '@/contract/orders';
import { useOrderAction, type ActionOptions } from './order-actions';

/** POST /orders/{orderNumber}/activate: the goods are shipped, the invoice is issued. */
export function useActivateOrder(options?: ActionOptions<ActivateBody>) {
  return useOrderAction<ActivateBody>('activate', options);
}
