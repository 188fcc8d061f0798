import { useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { payoutAccountsSchema, type PayoutAccountBody, type PayoutAccounts } from '@/contract/account';
import { apiRequest } from '@/lib/api-client';
import { storedNowOfConflict, type ApiError } from '@/lib/api-error';
import { accountApiPaths } from './api-paths';
import { accountKeys } from './query-keys';
import { useMutationOnce } from '@/lib/use-mutation-once';

export function changePayoutAccount(body: PayoutAccountBody) {
  return apiRequest(accountApiPaths.payoutAccount(), payoutAccountsSchema, { method: 'PUT', body });
}

type Options = Omit<UseMutationOptions<PayoutAccounts, ApiError, PayoutAccountBody>, 'mutationFn'>;

export function useChangePayoutAccount({ onSuccess, onError, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutationOnce<PayoutAccounts, ApiError, PayoutAccountBody>({
    ...options,
    mutationFn: changePayoutAccount,
    onSuccess: async (accounts, ...rest) => {
      queryClient.setQueryData(accountKeys.payoutAccount(), accounts);
      // A payout account is an item of the go-live checklist.
      await queryClient.invalidateQueries({ queryKey: accountKeys.securityCheck() });
      return onSuccess?.(accounts, ...rest);
    },
    onError: (error, ...rest) => {
      // Refused as stale: the page shows the account as it is now, which the refusal holds.
      const current = storedNowOfConflict(error, payoutAccountsSchema);
      if (current) queryClient.setQueryData(accountKeys.payoutAccount(), current);
      return onError?.(error, ...rest);
    },
  });
}
