import { limits } from '@/contract/common';
import { ticketStatuses, type TicketStatus } from '@/contract/support';

/** The team's list of tickets as the address narrows it (`?status=answered,closed&q=1000042`). */
export type TicketFilters = { status: TicketStatus[]; q: string };

const isStatus = (value: string): value is TicketStatus => (ticketStatuses as readonly string[]).includes(value);

/** The filters an address names; a state the list does not know is left out rather than refused. */
export function readTicketFilters(search: URLSearchParams): TicketFilters {
  const status = (search.get('status') ?? '').split(',').filter(isStatus);
  return { status: ticketStatuses.filter((known) => status.includes(known)), q: (search.get('q') ?? '').slice(0, limits.searchLength) };
}

/** The address with `filters` in place of the ones it had; the support form's own parameters stay. */
export function writeTicketFilters(search: URLSearchParams, { status, q }: TicketFilters): URLSearchParams {
  const next = new URLSearchParams(search);
  if (status.length > 0) next.set('status', status.join(','));
  else next.delete('status');
  if (q.trim()) next.set('q', q);
  else next.delete('q');
  return next;
}
