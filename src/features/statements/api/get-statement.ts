import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { statementKeys } from './query-keys';
import { movementSchema, statementSummarySchema } from './statement-schema';

export const statementSchema = statementSummarySchema.extend({ movements: z.array(movementSchema) });
export type Statement = z.infer<typeof statementSchema>;

export function getStatement(mode: DataMode, week: string, signal?: AbortSignal) {
  return apiRequest(`/statements/${encodeURIComponent(week)}`, statementSchema, { mode, signal });
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
