import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { securityCheckSchema, type SecurityCheck } from '@/contract/account';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { accountApiPaths } from './api-paths';
import { accountKeys } from './query-keys';

export function requestSecurityCheck() {
  return apiRequest(accountApiPaths.securityCheck(), securityCheckSchema, { method: 'POST' });
}

/** Demo build only: the embedded backend ends the review at once. */
export function passSecurityCheck() {
  return apiRequest(accountApiPaths.passSecurityCheck(), securityCheckSchema, { method: 'POST' });
}

type Options = Omit<UseMutationOptions<SecurityCheck, ApiError, 'request' | 'pass'>, 'mutationFn'>;

/** Requests the check, or (demo) passes it; the check's answer replaces what was shown. */
export function useSecurityCheckChange({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation<SecurityCheck, ApiError, 'request' | 'pass'>({
    ...options,
    mutationFn: (change) => (change === 'pass' ? passSecurityCheck() : requestSecurityCheck()),
    onSuccess: (check, ...rest) => {
      queryClient.setQueryData(accountKeys.securityCheck(), check);
      return onSuccess?.(check, ...rest);
    },
    // Refused (a checklist item undone meanwhile): show the check as it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: accountKeys.securityCheck() }),
  });
}
