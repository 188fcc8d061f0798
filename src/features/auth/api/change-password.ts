import { type UseMutationOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { PasswordChangeBody } from '@/contract/session';
import { apiCommand } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { newPasswordShape, withConfirmation } from '../lib/new-password';
import { sessionApiPaths } from './api-paths';
import { useMutationOnce } from '@/lib/use-mutation-once';

export const changePasswordFormSchema = withConfirmation(
  z.object({ currentPassword: z.string().min(1, { error: 'auth:validation.currentPasswordRequired' }), ...newPasswordShape }),
);
export type ChangePasswordForm = z.infer<typeof changePasswordFormSchema>;

export function changePassword(body: PasswordChangeBody) {
  return apiCommand(sessionApiPaths.password(), { method: 'POST', body });
}

type Options = Omit<UseMutationOptions<void, ApiError, PasswordChangeBody>, 'mutationFn'>;

/** The session stays; the user's other sessions end, which nothing here shows. */
export function useChangePassword(options: Options = {}) {
  return useMutationOnce({ ...options, mutationFn: changePassword });
}
