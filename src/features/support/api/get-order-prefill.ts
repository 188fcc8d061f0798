import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { supportKeys } from './query-keys';

/** Only what the contact form takes from an order: its references, its customer and its state. */
export const orderPrefillSchema = z.object({
  orderNumber: z.string(),
  paymentReference: z.string(),
  status: z.string(),
  customer: z.object({ customerId: z.string() }),
});
export type OrderPrefill = z.infer<typeof orderPrefillSchema>;

export function getOrderPrefill(mode: DataMode, orderNumber: string, signal?: AbortSignal) {
  return apiRequest(`/orders/${encodeURIComponent(orderNumber)}`, orderPrefillSchema, { mode, signal });
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
