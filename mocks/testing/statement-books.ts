import type { Mode } from '@/contract/common';
import type { Statement } from '@/contract/statements';
import { findMerchant } from '../db/accounts';
import { currentStore } from '../db/store';
import { today } from '../rules/clock';
import { parseIsoWeek } from '../rules/iso-week';
import { statementLedger } from '../resources/statements-source';

/**
 * A week's statement as its books hold it today, the running week's too, whose statement the API
 * issues only once it has ended: for tests that need to know what the week has come to so far.
 */
export function statementSoFar(merchantId: string, mode: Mode, weekName: string): Promise<Statement> {
  const merchant = findMerchant(merchantId);
  if (!merchant) throw new Error(`No merchant ${merchantId}`);
  const week = parseIsoWeek(weekName);
  if (!week) throw new Error(`Not a week: ${weekName}`);
  const day = today();
  return currentStore().read((db) => statementLedger(db, merchant, mode, day).statement(week, day));
}
