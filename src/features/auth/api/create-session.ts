import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { sessionToken } from '@/lib/session-token';
import { sessionKeys } from './query-keys';
import { sessionSchema, type Session } from './session-schema';

export const credentialsSchema = z.object({
  email: z.email({ error: 'auth:validation.email' }),
  password: z.string().min(1, { error: 'auth:validation.passwordRequired' }),
});
export type Credentials = z.infer<typeof credentialsSchema>;

export function createSession(credentials: Credentials) {
  return apiRequest('/session', sessionSchema, { method: 'POST', body: credentials });
}

type Options = Omit<UseMutationOptions<Session, ApiError, Credentials>, 'mutationFn'>;

export function useSignIn({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...options,
    mutationFn: createSession,
    onSuccess: (session, ...rest) => {
      sessionToken.set(session.token);
      queryClient.setQueryData(sessionKeys.current(), session);
      return onSuccess?.(session, ...rest);
    },
  });
}
