import { useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { limits } from '@/contract/common';
import { acceptedInvitationSchema, type AcceptedInvitation, type InvitationAcceptBody } from '@/contract/team';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { newPasswordShape, withConfirmation } from '../lib/new-password';
import { sessionApiPaths } from './api-paths';
import { sessionKeys } from './query-keys';
import { useMutationOnce } from '@/lib/use-mutation-once';

export const acceptInvitationFormSchema = withConfirmation(
  z.object({
    name: z.string().trim().min(1, { error: 'auth:validation.nameRequired' }).max(limits.nameLength, { error: 'auth:validation.nameTooLong' }),
    ...newPasswordShape,
  }),
);
export type AcceptInvitationForm = z.infer<typeof acceptInvitationFormSchema>;

export function acceptInvitation({ token, body }: { token: string; body: InvitationAcceptBody }) {
  return apiRequest(sessionApiPaths.acceptInvitation(token), acceptedInvitationSchema, { method: 'POST', body });
}

type Input = Parameters<typeof acceptInvitation>[0];
type Options = Omit<UseMutationOptions<AcceptedInvitation, ApiError, Input>, 'mutationFn'>;

/** The link works once: after it is used, it is forgotten here too. */
export function useAcceptInvitation({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutationOnce<AcceptedInvitation, ApiError, Input>({
    ...options,
    mutationFn: acceptInvitation,
    onSuccess: (accepted, input, ...rest) => {
      queryClient.removeQueries({ queryKey: sessionKeys.invitation(input.token) });
      return onSuccess?.(accepted, input, ...rest);
    },
  });
}
