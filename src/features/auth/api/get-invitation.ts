import { queryOptions, useQuery } from '@tanstack/react-query';
import { invitationSchema } from '@/contract/team';
import { apiRequest } from '@/lib/api-client';
import { sessionApiPaths } from './api-paths';
import { sessionKeys } from './query-keys';

export function getInvitation(token: string, signal?: AbortSignal) {
  return apiRequest(sessionApiPaths.invitation(token), invitationSchema, { signal });
}

export function invitationQueryOptions(token: string) {
  return queryOptions({ queryKey: sessionKeys.invitation(token), queryFn: ({ signal }) => getInvitation(token, signal), retry: false });
}

export function useInvitation(token: string) {
  return useQuery(invitationQueryOptions(token));
}
