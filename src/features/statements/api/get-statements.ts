import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { statementYearSchema } from '@/contract/statements';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { statementApiPaths } from './api-paths';
import { statementKeys } from './query-keys';

export function getStatements(mode: DataMode, year: number, signal?: AbortSignal) {
  return apiRequest(statementApiPaths.list(), statementYearSchema, { mode, query: { year }, signal });
}

export function statementsQueryOptions(mode: DataMode, year: number) {
  return queryOptions({
    queryKey: statementKeys.year(mode, year),
    queryFn: ({ signal }) => getStatements(mode, year, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStatements(year: number) {
  return useQuery(statementsQueryOptions(useDataMode(), year));
}
