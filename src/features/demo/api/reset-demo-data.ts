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
      // Everything came from the data that was just replaced, the session too: its merchant's
      // security check, and so whether it has live data, is back to the seed's.
      await queryClient.invalidateQueries();
      onSuccess?.();
    },
    onError,
  });
}
