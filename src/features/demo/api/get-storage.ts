import { queryOptions, useQuery } from '@tanstack/react-query';
import { demoStorageSchema } from '@/contract/demo';
import { apiRequest } from '@/lib/api-client';
import { env } from '@/lib/env';
import { demoApiPaths } from './api-paths';
import { demoKeys } from './query-keys';

/** Demo build only: where the embedded backend keeps the data, and what it could not read back. */
export function getDemoStorage(signal?: AbortSignal) {
  return apiRequest(demoApiPaths.storage(), demoStorageSchema, { signal });
}

export function demoStorageQueryOptions() {
  return queryOptions({ queryKey: demoKeys.storage(), queryFn: ({ signal }) => getDemoStorage(signal), staleTime: Number.POSITIVE_INFINITY });
}

/** Asked once per session; a real API has no such endpoint, so it is not asked there. */
export function useDemoStorage() {
  return useQuery({ ...demoStorageQueryOptions(), enabled: env.mocksEnabled });
}
