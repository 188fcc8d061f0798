import { queryOptions, useQuery } from '@tanstack/react-query';
import { statementDetailSchema } from '@/contract/statements';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { statementApiPaths } from './api-paths';
import { statementKeys } from './query-keys';

export function getStatement(mode: DataMode, week: string, signal?: AbortSignal) {
  return apiRequest(statementApiPaths.detail(week), statementDetailSchema, { mode, signal });
}

export function statementQueryOptions(mode: DataMode, week: string) {
  return queryOptions({
    queryKey: statementKeys.week(mode, week),
    queryFn: ({ signal }) => getStatement(mode, week, signal),
  });
}

export function useStatement(week: string) {
  return useQuery(statementQueryOptions(useDataMode(), week));
}
