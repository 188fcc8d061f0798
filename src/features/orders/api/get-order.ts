import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { orderSummarySchema } from './order-schema';
import { orderKeys } from './query-keys';

const addressSchema = z.object({
  name: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
});

const lineSchema = z.object({
  id: z.string(),
  articleNumber: z.string(),
  title: z.string(),
  quantity: z.number().int(),
  unitPrice: z.number().int(),
  discount: z.number().int(),
  vatRate: z.number(),
  lineTotal: z.number().int(),
  shipDate: z.iso.date().nullable(),
  quantityShipped: z.number().int(),
  quantityInvoiced: z.number().int(),
  quantityCancelled: z.number().int(),
  quantityReturned: z.number().int(),
});

const eventSchema = z.object({
  id: z.string(),
  type: z.string(),
  at: z.iso.datetime({ offset: true }),
  actor: z.string(),
  amount: z.number().int().nullable(),
  reason: z.string().nullable(),
  /** What came back, line by line, on a return. */
  lines: z.array(z.object({ lineId: z.string(), quantity: z.number().int(), reason: z.string().nullable() })).optional(),
});

const documentSchema = z.object({
  id: z.string(),
  type: z.enum(['invoice', 'credit-note']),
  number: z.string(),
  issuedAt: z.iso.datetime({ offset: true }),
  amount: z.number().int(),
});

export const orderDetailSchema = orderSummarySchema.extend({
  documents: z.array(documentSchema),
  billingAddress: addressSchema,
  deliveryAddress: addressSchema,
  lines: z.array(lineSchema),
  events: z.array(eventSchema),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

export function getOrder(mode: DataMode, orderNumber: string, signal?: AbortSignal) {
  return apiRequest(`/orders/${encodeURIComponent(orderNumber)}`, orderDetailSchema, { mode, signal });
}

export function orderQueryOptions(mode: DataMode, orderNumber: string) {
  return queryOptions({
    queryKey: orderKeys.detail(mode, orderNumber),
    queryFn: ({ signal }) => getOrder(mode, orderNumber, signal),
  });
}

export function useOrder(orderNumber: string) {
  return useQuery(orderQueryOptions(useDataMode(), orderNumber));
}
