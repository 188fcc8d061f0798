import { queryOptions, useQuery } from '@tanstack/react-query';
import { outboxSchema } from '@/contract/demo';
import { apiRequest } from '@/lib/api-client';
import { teamApiPaths } from './api-paths';
import { teamKeys } from './query-keys';

export function getOutbox(signal?: AbortSignal) {
  return apiRequest(teamApiPaths.outbox(), outboxSchema, { signal });
}

export function outboxQueryOptions() {
  return queryOptions({ queryKey: teamKeys.outbox(), queryFn: ({ signal }) => getOutbox(signal) });
}

/** The demo backend's outbox; `enabled` is off in a build without it. */
export function useOutbox({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...outboxQueryOptions(), enabled });
}
