import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { activityPageSchema } from '@/contract/activity';
import { apiRequest } from '@/lib/api-client';
import { toApiQuery, type ActivityParams } from '../lib/activity-params';
import { activityApiPaths } from './api-paths';
import { activityKeys } from './query-keys';

export function getActivity(params: ActivityParams, signal?: AbortSignal) {
  return apiRequest(activityApiPaths.list(), activityPageSchema, { query: { ...toApiQuery(params), page: params.page, pageSize: activityPageSize }, signal });
}

export const activityPageSize = 25;

/** Every change is logged as it is made: the log is read afresh each time it is shown. */
export function activityQueryOptions(params: ActivityParams) {
  return queryOptions({ queryKey: activityKeys.list(params), queryFn: ({ signal }) => getActivity(params, signal), staleTime: 0, placeholderData: keepPreviousData });
}

/** Not asked while `enabled` is false (filters the API would refuse). */
export function useActivity(params: ActivityParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...activityQueryOptions(params), enabled });
}
