import { signInLockout } from '@/contract/session';

/** The failed sign-ins of one address: those still counted, and the end of a lock. */
export interface FailedSignIns {
  failures: readonly string[];
  lockedUntil: string | null;
}

export const noFailures: FailedSignIns = { failures: [], lockedUntil: null };

const minutes = (count: number) => count * 60_000;

/** The whole minutes left of a lock at `now`, or null when the address is not locked. */
export function lockMinutesLeft(state: FailedSignIns, now: string): number | null {
  if (state.lockedUntil === null) return null;
  const left = Date.parse(state.lockedUntil) - Date.parse(now);
  return left > 0 ? Math.ceil(left / minutes(1)) : null;
}

/**
 * The state after a failed sign-in at `now`: failures older than the window are forgotten, and
 * the one that reaches the limit locks the address (and starts the count again after the lock).
 */
export function afterFailure(state: FailedSignIns, now: string): FailedSignIns {
  const at = Date.parse(now);
  const failures = [...state.failures.filter((failure) => at - Date.parse(failure) < minutes(signInLockout.windowMinutes)), now];
  if (failures.length < signInLockout.failures) return { failures, lockedUntil: null };
  return { failures: [], lockedUntil: new Date(at + minutes(signInLockout.lockMinutes)).toISOString() };
}

/** Whether a state still matters at `now`: a lock running, or failures within the window. */
export function stillCounts(state: FailedSignIns, now: string): boolean {
  const at = Date.parse(now);
  return lockMinutesLeft(state, now) !== null || state.failures.some((failure) => at - Date.parse(failure) < minutes(signInLockout.windowMinutes));
}
