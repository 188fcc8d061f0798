import { useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { idempotencyKeyHeader } from '@/contract/common';
import { ticketSchema, type Ticket, type TicketBody } from '@/contract/support';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { supportApiPaths } from './api-paths';
import { supportKeys } from './query-keys';
import { useMutationOnce } from '@/lib/use-mutation-once';

/** The key stays the same for every retry of one message, so that a retry never files it twice. */
export type CreateTicketInput = { request: TicketBody; idempotencyKey: string };

export function createTicket(mode: DataMode, { request, idempotencyKey }: CreateTicketInput) {
  return apiRequest(supportApiPaths.tickets(), ticketSchema, {
    method: 'POST',
    mode,
    body: request,
    headers: { [idempotencyKeyHeader]: idempotencyKey },
  });
}

type Options = Omit<UseMutationOptions<Ticket, ApiError, CreateTicketInput>, 'mutationFn'>;

export function useCreateTicket({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  const mode = useDataMode();
  return useMutationOnce<Ticket, ApiError, CreateTicketInput>({
    ...options,
    mutationFn: (input) => createTicket(mode, input),
    onSuccess: async (ticket, ...rest) => {
      await queryClient.invalidateQueries({ queryKey: supportKeys.tickets(mode) });
      return onSuccess?.(ticket, ...rest);
    },
  });
}
