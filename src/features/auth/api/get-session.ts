import { queryOptions, useQuery } from '@tanstack/react-query';
import { sessionSchema } from '@/contract/session';
import { apiRequest } from '@/lib/api-client';
import { sessionToken } from '@/lib/session-token';
import { sessionApiPaths } from './api-paths';
import { sessionKeys } from './query-keys';

export function getSession(signal?: AbortSignal) {
  return apiRequest(sessionApiPaths.session(), sessionSchema, { signal });
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
