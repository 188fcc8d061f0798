import { useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { apiKeySchema, type ApiKey } from '@/contract/account';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { accountApiPaths } from './api-paths';
import { accountKeys } from './query-keys';
import { useMutationOnce } from '@/lib/use-mutation-once';

export function revokeApiKey(keyId: string) {
  return apiRequest(accountApiPaths.revokeApiKey(keyId), apiKeySchema, { method: 'POST' });
}

type Options = Omit<UseMutationOptions<ApiKey, ApiError, string>, 'mutationFn'>;

export function useRevokeApiKey({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutationOnce<ApiKey, ApiError, string>({
    ...options,
    mutationFn: revokeApiKey,
    // Revoked or already revoked elsewhere (409): the list shows it as it is now.
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.apiKeys() }),
    onSuccess: (key, ...rest) => onSuccess?.(key, ...rest),
  });
}
