import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ticketListSchema, type TicketStatus } from '@/contract/support';
import { apiRequest } from '@/lib/api-client';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { supportApiPaths } from './api-paths';
import { supportKeys } from './query-keys';

/** What the list of tickets is narrowed to: one order's, some states', the ones matching words. */
export type TicketListFilters = { orderNumber?: string; status?: readonly TicketStatus[]; q?: string };

/** The merchant's tickets, or only those the filters keep. */
export function getTickets(mode: DataMode, { orderNumber, status, q }: TicketListFilters, signal?: AbortSignal) {
  const query = { ...(orderNumber && { orderNumber }), ...(status?.length && { status: status.join(',') }), ...(q && { q }) };
  return apiRequest(supportApiPaths.tickets(), ticketListSchema, { mode, signal, query });
}

// The provider answers while the app is open: the lists look again now and then, so a reply shows.
const refreshEvery = 60_000;

export function ticketsQueryOptions(mode: DataMode, filters: TicketListFilters = {}) {
  return queryOptions({
    queryKey: supportKeys.ticketList(mode, filters),
    queryFn: ({ signal }) => getTickets(mode, filters, signal),
    refetchInterval: refreshEvery,
  });
}

/** The merchant's tickets, or one order's. */
export function useTickets(orderNumber: string | null = null) {
  return useQuery(ticketsQueryOptions(useDataMode(), orderNumber === null ? {} : { orderNumber }));
}

/** The tickets the list's filters keep; while another filter's answer loads, the rows shown before stay. */
export function useTicketSearch(filters: TicketListFilters) {
  return useQuery({ ...ticketsQueryOptions(useDataMode(), filters), placeholderData: keepPreviousData });
}

/** How many of the merchant's tickets have a reply nobody has opened yet; 0 while unknown. */
export function useUnreadTicketCount(): number {
  const tickets = useQuery({ ...ticketsQueryOptions(useDataMode()), select: (list) => list.items.filter((ticket) => ticket.unread).length });
  return tickets.data ?? 0;
}
