import { queryOptions, useQuery } from '@tanstack/react-query';
import { orderDetailSchema } from '@/contract/orders';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { orderApiPaths } from './api-paths';
import { orderKeys } from './query-keys';

export function getOrder(mode: DataMode, orderNumber: string, signal?: AbortSignal) {
  return apiRequest(orderApiPaths.detail(orderNumber), orderDetailSchema, { mode, signal });
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
