import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '@/lib/api-error';
import { apiCommand } from '@/lib/api-client';
import { demoApiPaths } from './api-paths';
import { demoKeys } from './query-keys';

/** Forgets, for good, the stored changes the demo backend could not read. */
export function discardSetAside() {
  return apiCommand(demoApiPaths.setAside(), { method: 'DELETE' });
}

export function useDiscardSetAside({ onSuccess, onError }: { onSuccess?: () => void; onError?: (error: ApiError) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError>({
    mutationFn: discardSetAside,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: demoKeys.storage() });
      onSuccess?.();
    },
    onError,
  });
}
