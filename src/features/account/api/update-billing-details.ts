import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { billingDetailsSchema, type BillingDetails, type BillingDetailsBody } from '@/contract/account';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { accountApiPaths } from './api-paths';
import { accountKeys } from './query-keys';

export function updateBillingDetails(body: BillingDetailsBody) {
  return apiRequest(accountApiPaths.billingDetails(), billingDetailsSchema, { method: 'PUT', body });
}

type Options = Omit<UseMutationOptions<BillingDetails, ApiError, BillingDetailsBody>, 'mutationFn'>;

export function useUpdateBillingDetails({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation<BillingDetails, ApiError, BillingDetailsBody>({
    ...options,
    mutationFn: updateBillingDetails,
    onSuccess: async (details, ...rest) => {
      queryClient.setQueryData(accountKeys.billingDetails(), details);
      // Complete company details are an item of the go-live checklist.
      await queryClient.invalidateQueries({ queryKey: accountKeys.securityCheck() });
      return onSuccess?.(details, ...rest);
    },
  });
}
