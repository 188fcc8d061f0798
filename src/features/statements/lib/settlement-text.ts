import type { TFunction } from 'i18next';
import type { StatementSummary } from '@/contract/statements';

/**
 * How a week is settled on its payout date (`date`, written out), as a clause: a positive net is
 * paid out, a negative one debited, a zero one settles nothing. Until that date has come (the week
 * just ended, until its Tuesday) the settlement is said to be still to come.
 */
export function settlementText(t: TFunction<'statements'>, statement: Pick<StatementSummary, 'net' | 'settled'>, date: string): string {
  const owed = statement.net < 0;
  if (statement.net === 0) return t('detail.nothingToPayOut');
  if (!statement.settled) return t(owed ? 'detail.debitToCome' : 'detail.payoutToCome', { date });
  return t(owed ? 'detail.debit' : 'detail.payout', { date });
}

/**
 * The same clause standing alone, as in the list's column and cards: "Debited on 15 Dec 2026",
 * never a bare date, which would not tell a debit from a payout.
 */
export function settlementSentence(t: TFunction<'statements'>, statement: Pick<StatementSummary, 'net' | 'settled'>, date: string, locale: string): string {
  const clause = settlementText(t, statement, date);
  return clause.charAt(0).toLocaleUpperCase(locale) + clause.slice(1);
}
