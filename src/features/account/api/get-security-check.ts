import { queryOptions, useQuery } from '@tanstack/react-query';
import { securityCheckSchema } from '@/contract/account';
import { apiRequest } from '@/lib/api-client';
import { accountApiPaths } from './api-paths';
import { accountKeys } from './query-keys';

export function getSecurityCheck(signal?: AbortSignal) {
  return apiRequest(accountApiPaths.securityCheck(), securityCheckSchema, { signal });
}

export function securityCheckQueryOptions() {
  // The checklist follows work done on other pages (a test order credited): asked again on each visit.
  return queryOptions({ queryKey: accountKeys.securityCheck(), queryFn: ({ signal }) => getSecurityCheck(signal), staleTime: 0 });
}

export function useSecurityCheck() {
  return useQuery(securityCheckQueryOptions());
}
