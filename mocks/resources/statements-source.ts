import type { Mode } from '@/contract/common';
import type { OrderChargeback } from '@/contract/order-chargebacks';
import type { Merchant } from '../db/accounts';
import type { Database } from '../db/database';
import { inQuietSlices } from '../db/idle-slices';
import type { SeedConfig } from '../db/seed';
import type { OrderRecord } from '../rules/order-model';
import { datePart } from '../rules/dates';
import { StatementLedger } from '../rules/statement-ledger';
import { disputeRivalsPaid } from '../rules/statement-extras';

/** Every order once; the ledger does not care in which order. */
const everyOrder = { sort: 'orderNumber', order: 'asc' } as const;

interface Books {
  /** The seed the books were started on: a reset replaces it, and the books start over. */
  seed: SeedConfig;
  ledgers: Map<string, StatementLedger>;
}

// Kept beside each database (a tab that reloads its state gets a new one), not in it.
const booksOf = new WeakMap<Database, Books>();

/** The world's ledger as it stands, booked or not. */
function ledgerOf(db: Database, merchant: Merchant, mode: Mode): StatementLedger {
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
  return ledger;
}

/** How the ledger reads a world's order whole. */
const orderLoader = (db: Database, merchant: Merchant, mode: Mode) => (orderNumber: string) => db.order(merchant.id, mode, orderNumber);

/**
 * The world's ledger, caught up with every order change the database has
 * seen, including other tabs': the order index holds each order's version.
 */
export function statementLedger(db: Database, merchant: Merchant, mode: Mode, today: string): StatementLedger {
  const ledger = ledgerOf(db, merchant, mode);
  ledger.sync(db.orderIndex(merchant.id, mode, today).all(everyOrder), orderLoader(db, merchant, mode));
  return ledger;
}

/** Orders booked per step ahead of need, and how long the steps of one task may run. */
const bookingStep = 250;
const bookingSliceMs = 8;
const bookingAhead = new WeakSet<StatementLedger>();

/**
 * Books the world's orders ahead, a few hundred per task, once its first list has been answered
 * and the requests have paused: its first statement or paid order then opens without booking them
 * all while someone waits (1.7 s at 100,000 orders), and a request arriving meanwhile waits for one
 * slice at most.
 */
export function bookStatementsAhead(db: Database, merchant: Merchant, mode: Mode, today: string): void {
  const ledger = ledgerOf(db, merchant, mode);
  if (bookingAhead.has(ledger)) return;
  bookingAhead.add(ledger);
  const load = orderLoader(db, merchant, mode);
  let page = 1;
  inQuietSlices(() => {
    const deadline = performance.now() + bookingSliceMs;
    do {
      // Orders added or changed meanwhile are booked by the next statementLedger() call.
      const { items } = db.orderIndex(merchant.id, mode, today).page({ ...everyOrder, page, pageSize: bookingStep });
      ledger.sync(items, load);
      page += 1;
      if (items.length < bookingStep) return true;
    } while (performance.now() < deadline);
    return false;
  });
}

/**
 * An order's chargebacks, as its world's statements carry them. Only an order the shopper paid in
 * full can be disputed: any other needs no look at the books. A chargeback picks among the orders
 * paid in the weeks before it, so booking those paid near this one is enough, and an order opened
 * before the whole world is booked (1.3 s at 100,000 orders) does not wait for it.
 */
export function orderChargebacks(db: Database, merchant: Merchant, mode: Mode, order: Pick<OrderRecord, 'orderNumber' | 'paidAt'>, today: string): OrderChargeback[] {
  if (order.paidAt === null) return [];
  const ledger = ledgerOf(db, merchant, mode);
  const { from, to } = disputeRivalsPaid(datePart(order.paidAt));
  ledger.sync(db.ordersPaidBetween(merchant.id, mode, from, to), orderLoader(db, merchant, mode));
  return ledger.chargebacksOf(order.orderNumber, today);
}
