import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { sessionSchema } from '@/contract/session';
import { apiRequest } from '@/lib/api-client';
import { sessionToken } from '@/lib/session-token';
import { applySession } from '../lib/apply-session';
import { sessionApiPaths } from './api-paths';
import { sessionKeys } from './query-keys';

export async function getSession(signal?: AbortSignal) {
  return applySession(await apiRequest(sessionApiPaths.session(), sessionSchema, { signal }));
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

/** Asks the session again, after a change that shows in it (the security check). */
export function useRefreshSession() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: sessionKeys.current() }), [queryClient]);
}
