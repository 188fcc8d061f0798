import type { PayoutAccount, PayoutAccounts } from '@/contract/account';
import { addDays, dayNumber } from './dates';

// Payouts are made on Tuesdays (each week's statement is paid on the Tuesday after it). A new payout
// account takes effect from the first payout after the day it is given: a payout already announced
// is never redirected.

/** The first payout date after `today`. */
export function nextPayoutDate(today: string): string {
  // Day 0 (1970-01-01) was a Thursday: Tuesday is 5 days on.
  const daysToTuesday = (((5 - dayNumber(today)) % 7) + 7) % 7;
  return addDays(today, daysToTuesday === 0 ? 7 : daysToTuesday);
}

/** The account a payout on `date` goes to: the last one given that had taken effect by then. */
export function accountOn(versions: readonly PayoutAccount[], date: string): PayoutAccount | null {
  let found: PayoutAccount | null = null;
  for (const version of versions) if (version.effectiveFrom <= date) found = version;
  return found;
}

/**
 * The payout account as the merchant reads it on `today`, from its versions oldest first: the one in
 * use, a change still waiting for its first payout, and the whole history.
 */
export function payoutAccounts(versions: readonly PayoutAccount[], today: string): PayoutAccounts {
  const current = accountOn(versions, today);
  const waiting = versions.filter((version) => version.effectiveFrom > today);
  return { current, next: waiting.at(-1) ?? null, nextPayoutDate: nextPayoutDate(today), history: [...versions].reverse() };
}
