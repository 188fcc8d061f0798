import { queryOptions, useQuery } from '@tanstack/react-query';
import { ticketListSchema } from '@/contract/support';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { supportApiPaths } from './api-paths';
import { supportKeys } from './query-keys';

export function getTickets(mode: DataMode, signal?: AbortSignal) {
  return apiRequest(supportApiPaths.tickets(), ticketListSchema, { mode, signal });
}

export function ticketsQueryOptions(mode: DataMode) {
  return queryOptions({ queryKey: supportKeys.tickets(mode), queryFn: ({ signal }) => getTickets(mode, signal) });
}

export function useTickets() {
  return useQuery(ticketsQueryOptions(useDataMode()));
}
