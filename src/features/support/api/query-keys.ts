import type { DataMode } from '@/lib/data-mode';

export const supportKeys = {
  all: ['support'] as const,
  /** Every list of tickets of a world: the merchant's, and each order's. */
  tickets: (mode: DataMode) => [...supportKeys.all, mode, 'tickets'] as const,
  ticketList: (mode: DataMode, orderNumber: string | null) => [...supportKeys.tickets(mode), 'list', orderNumber] as const,
  ticket: (mode: DataMode, ticketNumber: string) => [...supportKeys.all, mode, 'ticket', ticketNumber] as const,
  orderPrefill: (mode: DataMode, orderNumber: string) => [...supportKeys.all, mode, 'order', orderNumber] as const,
};
