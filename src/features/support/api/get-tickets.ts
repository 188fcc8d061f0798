import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { supportKeys } from './query-keys';
import { ticketSchema } from './ticket-schema';

export const ticketListSchema = z.object({ items: z.array(ticketSchema) });

export function getTickets(mode: DataMode, signal?: AbortSignal) {
  return apiRequest('/support/tickets', ticketListSchema, { mode, signal });
}

export function ticketsQueryOptions(mode: DataMode) {
  return queryOptions({ queryKey: supportKeys.tickets(mode), queryFn: ({ signal }) => getTickets(mode, signal) });
}

export function useTickets() {
  return useQuery(ticketsQueryOptions(useDataMode()));
}
