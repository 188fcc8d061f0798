import type { Mode } from '@/contract/common';
import type { OrderChargeback } from '@/contract/order-chargebacks';
import type { Merchant } from '../db/accounts';
import type { Database } from '../db/database';
import type { SeedConfig } from '../db/seed';
import type { OrderRecord } from '../rules/order-model';
import { StatementLedger } from '../rules/statement-ledger';

/** Every order once; the ledger does not care in which order. */
const everyOrder = { sort: 'orderNumber', order: 'asc' } as const;

interface Books {
  /** The seed the books were started on: a reset replaces it, and the books start over. */
  seed: SeedConfig;
  ledgers: Map<string, StatementLedger>;
}

// Kept beside each database (a tab that reloads its state gets a new one), not in it.
const booksOf = new WeakMap<Database, Books>();

/**
 * The world's ledger, caught up with every order change the database has
 * seen, including other tabs': the order index holds each order's version.
 */
export function statementLedger(db: Database, merchant: Merchant, mode: Mode, today: string): StatementLedger {
  let books = booksOf.get(db);
  if (books?.seed !== db.seedConfig) {
    books = { seed: db.seedConfig, ledgers: new Map() };
    booksOf.set(db, books);
  }
  const key = `${merchant.id}:${mode}`;
  let ledger = books.ledgers.get(key);
  if (!ledger) {
    const { seed, anchor } = db.seedConfig;
    ledger = new StatementLedger({ seed, anchor, merchantId: merchant.id, mode }, merchant.currency);
    books.ledgers.set(key, ledger);
  }
  ledger.sync(db.orderIndex(merchant.id, mode, today).all(everyOrder), (orderNumber) => db.order(merchant.id, mode, orderNumber));
  return ledger;
}

/**
 * An order's chargebacks, as its world's statements carry them. Only an order the shopper paid in
 * full can be disputed: any other needs no look at the books.
 */
export function orderChargebacks(db: Database, merchant: Merchant, mode: Mode, order: Pick<OrderRecord, 'orderNumber' | 'paidAt'>, today: string): OrderChargeback[] {
  if (order.paidAt === null) return [];
  return statementLedger(db, merchant, mode, today).chargebacksOf(order.orderNumber, today);
}
