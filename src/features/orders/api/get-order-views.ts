import { queryOptions, useQuery } from '@tanstack/react-query';
import { orderViewsSchema } from '@/contract/order-list';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { orderApiPaths } from './api-paths';
import { orderKeys } from './query-keys';

export function getOrderViews(mode: DataMode, signal?: AbortSignal) {
  return apiRequest(orderApiPaths.views(), orderViewsSchema, { mode, signal });
}

export function orderViewsQueryOptions(mode: DataMode) {
  return queryOptions({ queryKey: orderKeys.views(mode), queryFn: ({ signal }) => getOrderViews(mode, signal) });
}

/** The ready-made views the signed-in role is offered, with their counts in this data world. */
export function useOrderViews() {
  return useQuery(orderViewsQueryOptions(useDataMode()));
}
