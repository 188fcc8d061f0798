import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { statementKeys } from './query-keys';
import { statementSummarySchema } from './statement-schema';

export const statementYearSchema = z.object({
  year: z.number().int(),
  currency: z.string(),
  items: z.array(statementSummarySchema),
});

export function getStatements(mode: DataMode, year: number, signal?: AbortSignal) {
  return apiRequest('/statements', statementYearSchema, { mode, query: { year }, signal });
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
