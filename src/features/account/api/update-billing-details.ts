import { useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { billingDetailsSchema, type BillingDetails, type BillingDetailsBody } from '@/contract/account';
import { apiRequest } from '@/lib/api-client';
import { storedNowOfConflict, type ApiError } from '@/lib/api-error';
import { accountApiPaths } from './api-paths';
import { accountKeys } from './query-keys';
import { useMutationOnce } from '@/lib/use-mutation-once';

export function updateBillingDetails(body: BillingDetailsBody) {
  return apiRequest(accountApiPaths.billingDetails(), billingDetailsSchema, { method: 'PUT', body });
}

type Options = Omit<UseMutationOptions<BillingDetails, ApiError, BillingDetailsBody>, 'mutationFn'>;

export function useUpdateBillingDetails({ onSuccess, onError, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutationOnce<BillingDetails, ApiError, BillingDetailsBody>({
    ...options,
    mutationFn: updateBillingDetails,
    onSuccess: async (details, ...rest) => {
      queryClient.setQueryData(accountKeys.billingDetails(), details);
      // Complete company details are an item of the go-live checklist.
      await queryClient.invalidateQueries({ queryKey: accountKeys.securityCheck() });
      return onSuccess?.(details, ...rest);
    },
    onError: (error, ...rest) => {
      // Refused as stale: the page shows the details as they are now, which the refusal holds.
      const current = storedNowOfConflict(error, billingDetailsSchema);
      if (current) queryClient.setQueryData(accountKeys.billingDetails(), current);
      return onError?.(error, ...rest);
    },
  });
}
