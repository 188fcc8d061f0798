import type { DataMode } from '@/lib/data-mode';
import type { TicketListFilters } from './get-tickets';

export const supportKeys = {
  all: ['support'] as const,
  /** Every list of tickets of a world: the merchant's, each order's, each filter's. */
  tickets: (mode: DataMode) => [...supportKeys.all, mode, 'tickets'] as const,
  ticketList: (mode: DataMode, filters: TicketListFilters) => [...supportKeys.tickets(mode), 'list', filters] as const,
  ticket: (mode: DataMode, ticketNumber: string) => [...supportKeys.all, mode, 'ticket', ticketNumber] as const,
  orderPrefill: (mode: DataMode, orderNumber: string) => [...supportKeys.all, mode, 'order', orderNumber] as const,
};
