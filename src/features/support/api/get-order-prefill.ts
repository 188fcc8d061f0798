import { referencedOrderNumber } from '@/contract/support';
import { useDebouncedValue } from '@mantine/hooks';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { orderDetailSchema, type OrderDetail } from '@/contract/orders';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { supportApiPaths } from './api-paths';
import { supportKeys } from './query-keys';

/** Only what the contact form takes from an order: its references, its customer, its state, due dates and the days it may move to. */
export type OrderPrefill = Pick<OrderDetail, 'orderNumber' | 'paymentReference' | 'status' | 'customer' | 'dueDate' | 'agreedDueDate' | 'dueDateExtension'>;

export function getOrderPrefill(mode: DataMode, orderNumber: string, signal?: AbortSignal): Promise<OrderPrefill> {
  return apiRequest(supportApiPaths.order(orderNumber), orderDetailSchema, { mode, signal });
}

export function orderPrefillQueryOptions(mode: DataMode, orderNumber: string) {
  return queryOptions({
    queryKey: supportKeys.orderPrefill(mode, orderNumber),
    queryFn: ({ signal }) => getOrderPrefill(mode, orderNumber, signal),
    retry: false,
    // The order may have moved on since another page loaded it; the suggested topic follows it.
    staleTime: 0,
  });
}

export function useOrderPrefill(orderNumber: string | null) {
  const mode = useDataMode();
  return useQuery({ ...orderPrefillQueryOptions(mode, orderNumber ?? ''), enabled: orderNumber !== null });
}

/** How long the typing of an order reference pauses before the order it names is looked up. */
const referenceSettleMs = 300;

/**
 * The order a typed reference names (its number, or a payment reference of `merchantId`), looked
 * up once the typing pauses: undefined while it is unknown or names no order of this world.
 */
export function useReferencedOrder(reference: string, merchantId: string): OrderPrefill | undefined {
  const [settled] = useDebouncedValue(reference, referenceSettleMs);
  return useOrderPrefill(referencedOrderNumber(settled, merchantId)).data;
}
