import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCommand } from '@/lib/api-client';
import { demoApiPaths } from './api-paths';

/** Demo build only: the embedded backend restores its seed. A real API has no such endpoint. */
export function resetDemoData() {
  return apiCommand(demoApiPaths.reset(), { method: 'POST' });
}

type Options = { onSuccess?: () => void; onError?: () => void };

export function useResetDemoData({ onSuccess, onError }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetDemoData,
    onSuccess: async () => {
      // Everything but the session came from the data that was just replaced.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      onSuccess?.();
    },
    onError,
  });
}
