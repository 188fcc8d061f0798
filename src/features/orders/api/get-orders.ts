import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { orderPageSchema } from '@/contract/orders';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { isAskable, parseListParams, toApiQuery, type OrderListParams } from '../lib/list-params';
import { orderApiPaths } from './api-paths';
import { orderKeys } from './query-keys';

export function getOrders(mode: DataMode, params: OrderListParams, signal?: AbortSignal) {
  return apiRequest(orderApiPaths.list(), orderPageSchema, { mode, query: toApiQuery(params), signal });
}

export function ordersQueryOptions(mode: DataMode, params: OrderListParams) {
  return queryOptions({
    queryKey: orderKeys.list(mode, params),
    queryFn: ({ signal }) => getOrders(mode, params, signal),
    // Keep the previous page on screen while the next one loads, instead of flashing an empty table.
    placeholderData: keepPreviousData,
  });
}

/** `enabled: false` while the filters cannot be asked for (the API would refuse them). */
export function useOrders(params: OrderListParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...ordersQueryOptions(useDataMode(), params), enabled });
}

/**
 * The same list in the other data world, asked for only when `enabled`: a search that finds nothing
 * here may name an order of the other world. Its answer is cached where that world's list looks.
 */
export function useOrdersInOtherWorld(params: OrderListParams, { enabled }: { enabled: boolean }) {
  const other: DataMode = useDataMode() === 'live' ? 'test' : 'live';
  return { other, query: useQuery({ ...ordersQueryOptions(other, params), enabled }) };
}

/**
 * Asks for a page of orders ahead of its render: a filter, sort or page change sends its request at
 * the click. Returns the request on its way when the cache has nothing to show for it yet.
 */
export function usePrefetchOrders() {
  const queryClient = useQueryClient();
  const mode = useDataMode();
  return useCallback(
    (params: OrderListParams) => {
      const options = ordersQueryOptions(mode, params);
      const cached = queryClient.getQueryData(options.queryKey) !== undefined;
      const request = queryClient.prefetchQuery(options);
      return cached ? undefined : request;
    },
    [queryClient, mode],
  );
}

/** The list the address `search` shows, or null when its filters cannot be asked for. */
export function ordersQueryOptionsForAddress(mode: DataMode, search: URLSearchParams) {
  const params = parseListParams(search);
  return isAskable(params) ? ordersQueryOptions(mode, params) : null;
}
