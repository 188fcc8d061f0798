import { useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { PasswordResetBody } from '@/contract/session';
import { apiCommand } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { newPasswordShape, withConfirmation } from '../lib/new-password';
import { sessionApiPaths } from './api-paths';
import { sessionKeys } from './query-keys';
import { useMutationOnce } from '@/lib/use-mutation-once';

export const resetPasswordFormSchema = withConfirmation(z.object(newPasswordShape));
export type ResetPasswordForm = z.infer<typeof resetPasswordFormSchema>;

export function completePasswordReset({ token, body }: { token: string; body: PasswordResetBody }) {
  return apiCommand(sessionApiPaths.completePasswordReset(token), { method: 'POST', body });
}

type Input = Parameters<typeof completePasswordReset>[0];
type Options = Omit<UseMutationOptions<void, ApiError, Input>, 'mutationFn'>;

/** The link works once: after it is used, it is forgotten here too. */
export function useCompletePasswordReset({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutationOnce<void, ApiError, Input>({
    ...options,
    mutationFn: completePasswordReset,
    onSuccess: (result, input, ...rest) => {
      queryClient.removeQueries({ queryKey: sessionKeys.passwordReset(input.token) });
      return onSuccess?.(result, input, ...rest);
    },
  });
}
