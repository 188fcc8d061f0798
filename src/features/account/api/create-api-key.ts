import { useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { createdApiKeySchema, type ApiKeyBody, type CreatedApiKey } from '@/contract/account';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { accountApiPaths } from './api-paths';
import { accountKeys } from './query-keys';
import { useMutationOnce } from '@/lib/use-mutation-once';

/** Answers the key's secret this once: it is never cached, only shown by whoever asked. */
export function createApiKey(body: ApiKeyBody) {
  return apiRequest(accountApiPaths.apiKeys(), createdApiKeySchema, { method: 'POST', body });
}

type Options = Omit<UseMutationOptions<CreatedApiKey, ApiError, ApiKeyBody>, 'mutationFn'>;

export function useCreateApiKey({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutationOnce<CreatedApiKey, ApiError, ApiKeyBody>({
    ...options,
    mutationFn: createApiKey,
    onSuccess: async (created, ...rest) => {
      await queryClient.invalidateQueries({ queryKey: accountKeys.apiKeys() });
      return onSuccess?.(created, ...rest);
    },
  });
}
