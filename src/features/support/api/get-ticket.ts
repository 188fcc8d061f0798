import { queryOptions, useQuery } from '@tanstack/react-query';
import { ticketDetailSchema } from '@/contract/support';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { supportApiPaths } from './api-paths';
import { supportKeys } from './query-keys';

export function getTicket(mode: DataMode, ticketNumber: string, signal?: AbortSignal) {
  return apiRequest(supportApiPaths.ticket(ticketNumber), ticketDetailSchema, { mode, signal });
}

export function ticketQueryOptions(mode: DataMode, ticketNumber: string) {
  return queryOptions({
    queryKey: supportKeys.ticket(mode, ticketNumber),
    queryFn: ({ signal }) => getTicket(mode, ticketNumber, signal),
    // A reply may come while the conversation is open.
    refetchInterval: 60_000,
  });
}

export function useTicket(ticketNumber: string) {
  return useQuery(ticketQueryOptions(useDataMode(), ticketNumber));
}
