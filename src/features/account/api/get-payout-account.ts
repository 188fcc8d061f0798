import { queryOptions, useQuery } from '@tanstack/react-query';
import { payoutAccountsSchema } from '@/contract/account';
import { apiRequest } from '@/lib/api-client';
import { accountApiPaths } from './api-paths';
import { accountKeys } from './query-keys';

export function getPayoutAccount(signal?: AbortSignal) {
  return apiRequest(accountApiPaths.payoutAccount(), payoutAccountsSchema, { signal });
}

export function payoutAccountQueryOptions() {
  return queryOptions({ queryKey: accountKeys.payoutAccount(), queryFn: ({ signal }) => getPayoutAccount(signal) });
}

export function usePayoutAccount() {
  return useQuery(payoutAccountQueryOptions());
}
