import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ticketDetailSchema, type TicketDetail } from '@/contract/support';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { supportApiPaths } from './api-paths';
import { supportKeys } from './query-keys';

export function markTicketRead(mode: DataMode, ticketNumber: string) {
  return apiRequest(supportApiPaths.ticketRead(ticketNumber), ticketDetailSchema, { method: 'POST', mode });
}

/** Opening a ticket marks its replies read, for everyone of the merchant: the lists and the navigation's count follow. */
export function useMarkTicketRead() {
  const queryClient = useQueryClient();
  const mode = useDataMode();
  return useMutation<TicketDetail, ApiError, string>({
    mutationFn: (ticketNumber) => markTicketRead(mode, ticketNumber),
    onSuccess: async (ticket) => {
      queryClient.setQueryData(supportKeys.ticket(mode, ticket.ticketNumber), ticket);
      await queryClient.invalidateQueries({ queryKey: supportKeys.tickets(mode) });
    },
  });
}
