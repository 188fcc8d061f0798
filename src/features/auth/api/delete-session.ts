import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCommand } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { sessionToken } from '@/lib/session-token';
import { forgetSession } from '../lib/apply-session';
import { sessionApiPaths } from './api-paths';

/**
 * Ends the session, on this device first. The server's 401 then says it had ended the session
 * already (it expired, or another tab signed out): signed out all the same, and no reason to ask
 * for a sign-in as after a session that ran out mid-work.
 */
export async function deleteSession() {
  const token = sessionToken.get();
  sessionToken.clear();
  forgetSession();
  if (token === null) return;
  try {
    await apiCommand(sessionApiPaths.session(), { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
  } catch (error) {
    if (!isApiError(error, 'unauthorized')) throw error;
  }
}

/** Ends the session on the server when it can, and always on this device. */
export function useSignOut({ onSettled }: { onSettled?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSession,
    // deleteSession has forgotten the token already, before it asked the server.
    onSettled: () => {
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
