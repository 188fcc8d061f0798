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

/**
 * Before the sign-in page after a link sent by e-mail: whoever is signed in in this browser (maybe
 * someone else) is signed out, so that the page does not lead straight into their session.
 */
export function useLeaveAnySession() {
  const signOut = useSignOut();
  return (then: () => void) => {
    if (sessionToken.get()) signOut.mutate(undefined, { onSettled: then });
    else then();
  };
}
