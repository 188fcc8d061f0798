import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiKeyListSchema } from '@/contract/account';
import { apiRequest } from '@/lib/api-client';
import { accountApiPaths } from './api-paths';
import { accountKeys } from './query-keys';

export function getApiKeys(signal?: AbortSignal) {
  return apiRequest(accountApiPaths.apiKeys(), apiKeyListSchema, { signal });
}

export function apiKeysQueryOptions() {
  return queryOptions({ queryKey: accountKeys.apiKeys(), queryFn: ({ signal }) => getApiKeys(signal) });
}

export function useApiKeys() {
  return useQuery(apiKeysQueryOptions());
}
