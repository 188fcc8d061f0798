import type { OrderSummary } from '@/contract/orders';
import { useOrder } from '../api/get-order';

/**
 * The order an action from the list works on: the order fetched on its own once it is at least as
 * new as the list's row, the row until then. A copy kept from an earlier visit may be older than
 * the row, which would otherwise show as a change made while the dialog was open.
 */
export function useNewestOrder(row: OrderSummary) {
  const fetched = useOrder(row.orderNumber).data;
  return fetched && fetched.version >= row.version ? fetched : row;
}
