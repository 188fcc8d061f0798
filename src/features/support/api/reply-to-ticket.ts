import { useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { idempotencyKeyHeader } from '@/contract/common';
import { ticketDetailSchema, type TicketDetail } from '@/contract/support';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { supportApiPaths } from './api-paths';
import { supportKeys } from './query-keys';
import { useMutationOnce } from '@/lib/use-mutation-once';

/** The key stays the same for every retry of one message, so that a retry never adds it twice. */
export type ReplyInput = { ticketNumber: string; body: string; idempotencyKey: string };

export function replyToTicket(mode: DataMode, { ticketNumber, body, idempotencyKey }: ReplyInput) {
  return apiRequest(supportApiPaths.ticketMessages(ticketNumber), ticketDetailSchema, {
    method: 'POST',
    mode,
    body: { body },
    headers: { [idempotencyKeyHeader]: idempotencyKey },
  });
}

type Options = Omit<UseMutationOptions<TicketDetail, ApiError, ReplyInput>, 'mutationFn'>;

export function useReplyToTicket({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  const mode = useDataMode();
  return useMutationOnce<TicketDetail, ApiError, ReplyInput>({
    ...options,
    mutationFn: (input) => replyToTicket(mode, input),
    onSuccess: async (ticket, ...rest) => {
      queryClient.setQueryData(supportKeys.ticket(mode, ticket.ticketNumber), ticket);
      await queryClient.invalidateQueries({ queryKey: supportKeys.tickets(mode) });
      return onSuccess?.(ticket, ...rest);
    },
  });
}
