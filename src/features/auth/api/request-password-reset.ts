import { type UseMutationOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { limits } from '@/contract/common';
import type { PasswordResetRequest } from '@/contract/session';
import { apiCommand } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { sessionApiPaths } from './api-paths';
import { useMutationOnce } from '@/lib/use-mutation-once';

export const passwordResetRequestFormSchema = z.object({
  email: z.email({ error: 'auth:validation.email' }).max(limits.emailLength, { error: 'auth:validation.email' }),
}) satisfies z.ZodType<PasswordResetRequest>;

/** The link is written in `language`, the one the user reads the app in. */
export function requestPasswordReset({ body, language }: { body: PasswordResetRequest; language: string }) {
  return apiCommand(sessionApiPaths.passwordResets(), { method: 'POST', body, headers: { 'Accept-Language': language } });
}

type Input = Parameters<typeof requestPasswordReset>[0];
type Options = Omit<UseMutationOptions<void, ApiError, Input>, 'mutationFn'>;

export function useRequestPasswordReset(options: Options = {}) {
  return useMutationOnce({ ...options, mutationFn: requestPasswordReset });
}
