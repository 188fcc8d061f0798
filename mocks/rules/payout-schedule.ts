import type { PayoutAccount, PayoutAccounts } from '@/contract/account';
import { addDays } from './dates';
import { isoWeekOf, sundayOf, type IsoWeek } from './iso-week';

// Payouts are made on Tuesdays: each week's statement, issued once the week has ended, announces the
// payout of the Tuesday after it. A new payout account takes effect from the first payout no
// statement has announced yet, the running week's: a payout already announced is never redirected.

/** The day a week's statement is paid out: the Tuesday after its Sunday. */
export function payoutDateOf(week: IsoWeek): string {
  return addDays(sundayOf(week), 2);
}

/** The payout of the week `today` is in, the first that no statement has announced yet. */
export function firstUnannouncedPayoutDate(today: string): string {
  return payoutDateOf(isoWeekOf(today));
}

/** The account a payout on `date` goes to: the last one given that had taken effect by then. */
export function accountOn(versions: readonly PayoutAccount[], date: string): PayoutAccount | null {
  let found: PayoutAccount | null = null;
  for (const version of versions) if (version.effectiveFrom <= date) found = version;
  return found;
}

/** Whether two versions pay to the same account under the same holder. */
export const sameAccount = (one: Pick<PayoutAccount, 'accountHolder' | 'iban'>, other: Pick<PayoutAccount, 'accountHolder' | 'iban'>): boolean =>
  one.accountHolder === other.accountHolder && one.iban === other.iban;

/** The version in use on `date`, or the earlier one it repeats: a change withdrawn by giving the account again does not move the day payouts went there since. */
function inUse(versions: readonly PayoutAccount[], date: string): PayoutAccount | null {
  let version = accountOn(versions, date);
  for (let before = version && accountOn(versions, addDays(version.effectiveFrom, -1)); version && before && sameAccount(before, version); before = accountOn(versions, addDays(before.effectiveFrom, -1))) {
    version = before;
  }
  return version;
}

/**
 * The payout account as the merchant reads it on `today`, from its versions oldest first: the one
 * in use, that of the last payout a statement has announced (on a Monday, the next day's); a change
 * still waiting for the first payout no statement has announced (none when the last one given is
 * the account in use, which withdrew the change); and the whole history.
 */
export function payoutAccounts(versions: readonly PayoutAccount[], today: string): PayoutAccounts {
  const firstOpen = firstUnannouncedPayoutDate(today);
  const lastAnnounced = addDays(firstOpen, -7);
  const current = inUse(versions, lastAnnounced);
  const waiting = versions.filter((version) => version.effectiveFrom > lastAnnounced).at(-1) ?? null;
  const next = waiting && !(current && sameAccount(waiting, current)) ? waiting : null;
  return { current, next, nextPayoutDate: firstOpen, history: [...versions].reverse() };
}
