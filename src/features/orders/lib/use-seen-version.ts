import { useState } from 'react';
import { isApiError } from '@/lib/api-error';

/**
 * The version of the order an action is confirmed against: the one its dialog opened on. The order
 * may be refreshed while the dialog is open (a write in another tab): confirming then meets the
 * API's 409, which tells the user, rather than applying the action to figures they did not read.
 * After that refusal the dialog shows the fresh order, and that version is the one seen.
 */
export function useSeenVersion(fresh: number, action: { error: unknown; isSuccess: boolean }): { version: number; changedMeanwhile: boolean } {
  const [seen, setSeen] = useState(fresh);
  const refused = isApiError(action.error, 'conflict');
  if (refused && seen !== fresh) setSeen(fresh);
  const version = refused ? fresh : seen;
  // Until the refusal, the dialog says at once that what it shows has changed since it opened; not
  // for the change its own action made, whose dialog is on its way out.
  return { version, changedMeanwhile: version !== fresh && !action.isSuccess };
}
