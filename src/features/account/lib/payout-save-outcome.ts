import type { PayoutAccounts } from '@/contract/account';

export type PayoutSaveOutcome =
  | { kind: 'saved'; date: string }
  | { kind: 'unchanged'; date: string | null }
  | { kind: 'withdrawn'; date: string };

/** What a save did, read off the account before it and the API's answer: a save that changes nothing adds no version. */
export function payoutSaveOutcome(before: Pick<PayoutAccounts, 'next' | 'history'>, after: PayoutAccounts): PayoutSaveOutcome {
  const pendingFrom = before.next?.effectiveFrom ?? null;
  if (after.history.length === before.history.length) return { kind: 'unchanged', date: pendingFrom };
  if (after.next) return { kind: 'saved', date: after.next.effectiveFrom };
  return pendingFrom ? { kind: 'withdrawn', date: pendingFrom } : { kind: 'unchanged', date: null };
}
