import type { ExtendExpiryBody } from '@/contract/orders';
import { useOrderAction, type ActionOptions } from './order-actions';

/** POST /orders/{orderNumber}/extend-expiry: the order's one extension, to the provider's limit. */
export function useExtendExpiry(options?: ActionOptions<ExtendExpiryBody>) {
  return useOrderAction<ExtendExpiryBody>('extendExpiry', options);
}
