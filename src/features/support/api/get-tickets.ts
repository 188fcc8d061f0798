import { queryOptions, useQuery } from '@tanstack/react-query';
import { ticketListSchema } from '@/contract/support';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { supportApiPaths } from './api-paths';
import { supportKeys } from './query-keys';

/** The merchant's tickets, or only those about one order. */
export function getTickets(mode: DataMode, orderNumber: string | null, signal?: AbortSignal) {
  return apiRequest(supportApiPaths.tickets(), ticketListSchema, { mode, signal, query: orderNumber === null ? undefined : { orderNumber } });
}

// The provider answers while the app is open: the lists look again now and then, so a reply shows.
const refreshEvery = 60_000;

export function ticketsQueryOptions(mode: DataMode, orderNumber: string | null = null) {
  return queryOptions({
    queryKey: supportKeys.ticketList(mode, orderNumber),
    queryFn: ({ signal }) => getTickets(mode, orderNumber, signal),
    refetchInterval: refreshEvery,
  });
}

export function useTickets(orderNumber: string | null = null) {
  return useQuery(ticketsQueryOptions(useDataMode(), orderNumber));
}

/** How many of the merchant's tickets have a reply nobody has opened yet; 0 while unknown. */
export function useUnreadTicketCount(): number {
  const tickets = useQuery({ ...ticketsQueryOptions(useDataMode()), select: (list) => list.items.filter((ticket) => ticket.unread).length });
  return tickets.data ?? 0;
}
