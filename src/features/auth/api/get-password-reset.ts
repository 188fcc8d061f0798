import { queryOptions, useQuery } from '@tanstack/react-query';
import { passwordResetSchema } from '@/contract/session';
import { apiRequest } from '@/lib/api-client';
import { sessionApiPaths } from './api-paths';
import { sessionKeys } from './query-keys';

export function getPasswordReset(token: string, signal?: AbortSignal) {
  return apiRequest(sessionApiPaths.passwordReset(token), passwordResetSchema, { signal });
}

export function passwordResetQueryOptions(token: string) {
  return queryOptions({ queryKey: sessionKeys.passwordReset(token), queryFn: ({ signal }) => getPasswordReset(token, signal), retry: false });
}

export function usePasswordReset(token: string) {
  return useQuery(passwordResetQueryOptions(token));
}
