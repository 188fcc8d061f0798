import type { Mode } from '@/contract/common';
import type { Movement } from '@/contract/statements';
import { findMerchant } from '../db/accounts';
import { currentStore } from '../db/store';
import { today } from '../rules/clock';
import { endedWeeks, formatIsoWeek, hasEnded, isoWeekOf } from '../rules/iso-week';
import { statementLedger } from '../resources/statements-source';

/** A chargeback as the statement of its week carries it, with that week, and whether its statement has been issued. */
export interface StatementChargeback {
  movement: Movement;
  week: string;
  issued: boolean;
}

/**
 * Every chargeback of the current year's weeks in a world, read from the statements' books week by
 * week, newest first as the statements list has them: the running week's so far, whose statement is
 * not issued yet (an order shows them all the same), then those of the issued statements. For tests
 * to find the seed's disputed orders without guessing.
 */
export function chargebacksOnStatements(merchantId: string, mode: Mode): Promise<StatementChargeback[]> {
  const merchant = findMerchant(merchantId);
  if (!merchant) throw new Error(`No merchant ${merchantId}`);
  const day = today();
  const running = isoWeekOf(day);
  return currentStore().read((db) => {
    const ledger = statementLedger(db, merchant, mode, day);
    const weeks = [running, ...endedWeeks(running.year, day)];
    return weeks.flatMap((week) =>
      ledger
        .statement(week, day)
        .movements.filter((movement) => movement.type === 'chargeback')
        .map((movement) => ({ movement, week: formatIsoWeek(week), issued: hasEnded(week, day) })),
    );
  });
}
