import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { sessionToken } from '@/lib/session-token';
import { sessionKeys } from './query-keys';
import { sessionSchema } from './session-schema';

export function getSession(signal?: AbortSignal) {
  return apiRequest('/session', sessionSchema, { signal });
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.current(),
    queryFn: ({ signal }) => getSession(signal),
    enabled: sessionToken.get() !== null,
    staleTime: Infinity,
    retry: false,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}
