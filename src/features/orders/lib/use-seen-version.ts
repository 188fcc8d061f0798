import { useState } from 'react';
import type { OrderStatus } from '@/contract/orders';
import { isApiError } from '@/lib/api-error';

type Seen = { version: number; status: OrderStatus };

/** That the order changed since the dialog showed it, and its status now where that changed too. */
export type ChangedMeanwhile = { status: OrderStatus | null };

/**
 * The version of the order an action is confirmed against: the one its dialog opened on. The order
 * may be refreshed while the dialog is open (a write in another tab): the dialog says so at once,
 * and confirming meets the API's 409, rather than applying the action to figures the user did not
 * read. After that refusal the dialog takes the fresh order, once it has come, as the one seen: a
 * change made after that one is refused again.
 */
export function useSeenVersion(fresh: Seen, action: { error: unknown; isPending: boolean; isSuccess: boolean }): { version: number; changed: ChangedMeanwhile | null } {
  const [seen, setSeen] = useState<Seen>({ version: fresh.version, status: fresh.status });
  // The refusal whose fresh order was taken as seen.
  const [caughtUpWith, setCaughtUpWith] = useState<unknown>(null);
  if (isApiError(action.error, 'conflict') && caughtUpWith !== action.error && seen.version !== fresh.version) {
    setSeen({ version: fresh.version, status: fresh.status });
    setCaughtUpWith(action.error);
  }
  // Not the change the dialog's own action made: the order is read again while the action is still
  // under way, and its dialog is on its way out once it is done.
  const changed = seen.version !== fresh.version && !action.isPending && !action.isSuccess;
  return { version: seen.version, changed: changed ? { status: fresh.status === seen.status ? null : fresh.status } : null };
}
