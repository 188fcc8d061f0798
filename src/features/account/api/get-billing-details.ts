import { queryOptions, useQuery } from '@tanstack/react-query';
import { billingDetailsSchema } from '@/contract/account';
import { apiRequest } from '@/lib/api-client';
import { accountApiPaths } from './api-paths';
import { accountKeys } from './query-keys';

export function getBillingDetails(signal?: AbortSignal) {
  return apiRequest(accountApiPaths.billingDetails(), billingDetailsSchema, { signal });
}

export function billingDetailsQueryOptions() {
  return queryOptions({ queryKey: accountKeys.billingDetails(), queryFn: ({ signal }) => getBillingDetails(signal) });
}

export function useBillingDetails() {
  return useQuery(billingDetailsQueryOptions());
}
