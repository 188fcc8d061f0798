import type { Mode } from '@/contract/common';
import type { Movement } from '@/contract/statements';
import { findMerchant } from '../db/accounts';
import { currentStore } from '../db/store';
import { today } from '../rules/clock';
import { formatIsoWeek, hasEnded, isoWeekOf, statementWeeks } from '../rules/iso-week';
import { statementLedger } from '../resources/statements-source';

/** A chargeback as a statement lists it, with the week of that statement. */
export interface StatementChargeback {
  movement: Movement;
  week: string;
  provisional: boolean;
}

/**
 * Every chargeback the statements of the current year carry in a world, the running week's
 * included, read statement by statement as the statements pages show them: for tests to find the
 * seed's disputed orders without guessing.
 */
export function chargebacksOnStatements(merchantId: string, mode: Mode): Promise<StatementChargeback[]> {
  const merchant = findMerchant(merchantId);
  if (!merchant) throw new Error(`No merchant ${merchantId}`);
  const day = today();
  return currentStore().read((db) => {
    const ledger = statementLedger(db, merchant, mode, day);
    return statementWeeks(isoWeekOf(day).year, day).flatMap((week) =>
      ledger
        .statement(week, day)
        .movements.filter((movement) => movement.type === 'chargeback')
        .map((movement) => ({ movement, week: formatIsoWeek(week), provisional: !hasEnded(week, day) })),
    );
  });
}
