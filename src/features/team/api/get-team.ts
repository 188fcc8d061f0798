import { queryOptions, useQuery } from '@tanstack/react-query';
import { teamSchema } from '@/contract/team';
import { apiRequest } from '@/lib/api-client';
import { teamApiPaths } from './api-paths';
import { teamKeys } from './query-keys';

export function getTeam(signal?: AbortSignal) {
  return apiRequest(teamApiPaths.members(), teamSchema, { signal });
}

export function teamQueryOptions() {
  return queryOptions({ queryKey: teamKeys.members(), queryFn: ({ signal }) => getTeam(signal) });
}

export function useTeam() {
  return useQuery(teamQueryOptions());
}
