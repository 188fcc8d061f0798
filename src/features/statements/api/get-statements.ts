import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { statementYearSchema } from '@/contract/statements';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { statementApiPaths } from './api-paths';
import { statementKeys } from './query-keys';

/** The statements of `year`; with none, those of the current year, which only the backend's clock knows. */
export function getStatements(mode: DataMode, year: number | null, signal?: AbortSignal) {
  return apiRequest(statementApiPaths.list(), statementYearSchema, { mode, query: year === null ? {} : { year }, signal });
}

export function statementsQueryOptions(mode: DataMode, year: number | null) {
  return queryOptions({
    queryKey: statementKeys.year(mode, year),
    queryFn: ({ signal }) => getStatements(mode, year, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStatements(year: number | null) {
  return useQuery(statementsQueryOptions(useDataMode(), year));
}
