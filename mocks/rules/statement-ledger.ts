import type { Currency } from '@/contract/common';
import type { OrderChargeback } from '@/contract/order-chargebacks';
import type { Movement, Statement } from '@/contract/statements';
import { datePart } from './dates';
import { formatIsoWeek, hasEnded, isoWeekOf, weekAfter, type IsoWeek } from './iso-week';
import type { OrderRecord } from './order-model';
import { buildStatement, orderMovements } from './statement';
import { disputeWeeks, extraMovements, type PaidOrder, type StatementWorld } from './statement-extras';

/** What tells whether an order has to be booked (again): its number, version and whether it was ever activated. */
export interface LedgerEntry {
  orderNumber: string;
  version: number;
  activatedAt: string | null;
}

type LedgerOrder = Pick<OrderRecord, 'orderNumber' | 'merchantId' | 'mode' | 'total' | 'events' | 'paymentMethod'>;

interface Booked {
  version: number;
  movements: Movement[];
  paid: PaidOrder | null;
}

function paidOf(order: LedgerOrder): PaidOrder | null {
  const event = order.events.find((candidate) => candidate.type === 'paid');
  return event?.amount ? { orderNumber: order.orderNumber, paidDate: datePart(event.at), amount: event.amount, method: order.paymentMethod } : null;
}

/**
 * The money movements of one world (merchant and mode), grouped by ISO week.
 * Each order is booked once per version, so keeping up with a change costs
 * one pass over the versions, not a rebuild of every order's history.
 */
export class StatementLedger {
  private readonly booked = new Map<string, Booked>();
  private byWeek: Map<string, Movement[]> | null = null;
  private paidOrders: PaidOrder[] = [];
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly world: StatementWorld,
    private readonly currency: Currency,
  ) {}

  /** Books the orders that are new or changed since the last sync; `load` gives an order whole. */
  sync(entries: Iterable<LedgerEntry>, load: (orderNumber: string) => LedgerOrder | undefined): void {
    for (const entry of entries) {
      // An order never activated was never bought: no money moved.
      if (entry.activatedAt === null || this.booked.get(entry.orderNumber)?.version === entry.version) continue;
      const order = load(entry.orderNumber);
      if (!order) continue;
      // Another world's order never counts here, whatever hands it over.
      const ours = order.merchantId === this.world.merchantId && order.mode === this.world.mode;
      this.booked.set(entry.orderNumber, {
        version: entry.version,
        movements: ours ? orderMovements(order) : [],
        paid: ours ? paidOf(order) : null,
      });
      this.byWeek = null;
      this.statements.clear();
    }
  }

  /** The statement of `week` as it stands on `today`: the running week's grows day by day, so it is kept per day. */
  statement(week: IsoWeek, today: string): Statement {
    const weeks = this.weeks();
    const key = formatIsoWeek(week);
    const kept = hasEnded(week, today) ? key : `${key} on ${today}`;
    let statement = this.statements.get(kept);
    if (!statement) {
      const movements = weeks.get(key) ?? [];
      const chargedFees = movements.some((movement) => movement.type === 'fee');
      statement = buildStatement(week, this.currency, [...movements, ...extraMovements(this.world, week, this.paidOrders, chargedFees, today)]);
      this.statements.set(kept, statement);
    }
    return statement;
  }

  /**
   * The chargebacks of one order, oldest first, taken from the statements that carry them: only
   * the few weeks whose dispute window holds the day it was paid are looked at.
   */
  chargebacksOf(orderNumber: string, today: string): OrderChargeback[] {
    const paid = this.booked.get(orderNumber)?.paid;
    if (!paid) return [];
    return disputeWeeks(paid.paidDate, today).flatMap((week) =>
      this.statement(week, today)
        .movements.filter((movement) => movement.type === 'chargeback' && movement.orderNumber === orderNumber)
        .map((movement) => ({ date: movement.date, amount: movement.amount, statementWeek: formatIsoWeek(week), statementIssued: hasEnded(week, today) })),
    );
  }

  /** What every week before `week` came to, together: the balance of an account never settled, as test data's is. */
  netBefore(week: IsoWeek, today: string): number {
    const first = this.firstYear();
    if (first === null) return 0;
    const until = formatIsoWeek(week);
    let total = 0;
    for (let current: IsoWeek = { year: first, week: 1 }; formatIsoWeek(current) < until; current = weekAfter(current, 1)) {
      total += this.statement(current, today).net;
    }
    return total;
  }

  /** The ISO year of the first money movement: no statement comes before it. Null while nothing has moved. */
  firstYear(): number | null {
    let first: string | null = null;
    for (const key of this.weeks().keys()) if (first === null || key < first) first = key;
    return first === null ? null : Number(first.slice(0, 4));
  }

  private weeks(): Map<string, Movement[]> {
    if (this.byWeek) return this.byWeek;
    const byWeek = new Map<string, Movement[]>();
    // Few distinct days against many movements: name each day's week once.
    const weekOfDay = new Map<string, string>();
    this.paidOrders = [];
    for (const { movements, paid } of this.booked.values()) {
      if (paid) this.paidOrders.push(paid);
      for (const movement of movements) {
        let key = weekOfDay.get(movement.date);
        if (key === undefined) {
          key = formatIsoWeek(isoWeekOf(movement.date));
          weekOfDay.set(movement.date, key);
        }
        const list = byWeek.get(key);
        if (list) list.push(movement);
        else byWeek.set(key, [movement]);
      }
    }
    this.byWeek = byWeek;
    return byWeek;
  }
}
