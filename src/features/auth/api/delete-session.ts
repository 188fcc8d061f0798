import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCommand } from '@/lib/api-client';
import { sessionToken } from '@/lib/session-token';
import { sessionApiPaths } from './api-paths';

export function deleteSession() {
  return apiCommand(sessionApiPaths.session(), { method: 'DELETE' });
}

/** Ends the session on the server when it can, and always on this device. */
export function useSignOut({ onSettled }: { onSettled?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSession,
    onSettled: () => {
      sessionToken.clear();
      queryClient.clear();
      onSettled?.();
    },
  });
}
