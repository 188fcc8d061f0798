import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { limits } from '@/contract/common';
import { sessionSchema, type Credentials, type Session } from '@/contract/session';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { sessionToken } from '@/lib/session-token';
import { applySession } from '../lib/apply-session';
import { sessionApiPaths } from './api-paths';
import { sessionKeys } from './query-keys';

/** The sign-in form's own checks, with catalogue keys as messages; the API holds credentials to the same limits. */
export const credentialsFormSchema = z.object({
  email: z.email({ error: 'auth:validation.email' }).max(limits.emailLength, { error: 'auth:validation.email' }),
  password: z.string().min(1, { error: 'auth:validation.passwordRequired' }),
}) satisfies z.ZodType<Credentials>;

export function createSession(credentials: Credentials) {
  return apiRequest(sessionApiPaths.session(), sessionSchema, { method: 'POST', body: credentials });
}

type Options = Omit<UseMutationOptions<Session, ApiError, Credentials>, 'mutationFn'>;

export function useSignIn({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...options,
    mutationFn: createSession,
    onSuccess: (session, ...rest) => {
      sessionToken.set(session.token);
      queryClient.setQueryData(sessionKeys.current(), applySession(session));
      return onSuccess?.(session, ...rest);
    },
  });
}
