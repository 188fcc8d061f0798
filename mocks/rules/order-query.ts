import type { Country } from '@/contract/common';
import {
  paymentReference,
  type Completeness,
  type OrderPage,
  type OrderStatus,
  type OrderSummary,
  type PaymentMethod,
  type PaymentState,
  type ShippingStatus,
  type SortKey,
  type SortOrder,
} from '@/contract/orders';
import { addDays } from './dates';
import { isRecordSortKey, moveRow, sortRows, sortValues, type RecordSortFields, type SortedRows, type SortSource } from './sorted-rows';

export interface OrderFilter {
  q?: string;
  status?: readonly OrderStatus[];
  shipping?: readonly ShippingStatus[];
  completeness?: readonly Completeness[];
  method?: readonly PaymentMethod[];
  country?: readonly Country[];
  /** Inclusive bounds on the order's calendar day. */
  from?: string;
  to?: string;
  /** Created orders with at most this many days left. */
  expiresWithinDays?: number;
  paymentState?: readonly PaymentState[];
  /** Activated orders unpaid more than this many days after their due date. */
  overdueByMoreThanDays?: number;
  /** Orders whose latest credit was booked on or after this day. */
  creditedSince?: string;
}

export interface OrderSort {
  sort: SortKey;
  order: SortOrder;
}

export interface OrderQuery extends OrderFilter, OrderSort {
  page: number;
  pageSize: number;
}

/** What the index reads of an order itself, before it is summarised for the day it is shown on. */
export type IndexedOrder = RecordSortFields & Pick<OrderSummary, 'merchantId'>;

function searchTextOf(order: IndexedOrder): string {
  const { customer } = order;
  // The separator keeps a search term from matching across two fields.
  const text = [order.orderNumber, paymentReference(order.orderNumber, order.merchantId), customer.name, customer.email, customer.customerId, customer.companyName ?? '', order.yourReference ?? '']
    .join('\u0001');
  return foldForSearch(text);
}

/**
 * Lowercase without accents, so that "Leo Moreau" finds Léo Moreau and "cafe" Café: people on
 * the phone type names as they hear them. Plain ASCII, most of what is searched, skips the work.
 */
function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  return /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/**
 * What a search names exactly, as people paste it: a payment reference or an order number, in any
 * case, with spaces (from a bank statement), without the `BP` prefix, or an order number with
 * leading zeros. Null for anything else.
 */
function exactSearchKey(needle: string): { orderNumber: string; merchantId: string | null } | null {
  // Some banks turn the reference's slash into a space: `BP1001702 3333`.
  const spaced = /^bp\s*0*(\d+)\s+(\d+)$/i.exec(needle);
  if (spaced) return { orderNumber: spaced[1] as string, merchantId: spaced[2] as string };
  const match = /^(?:bp)?0*(\d+)(?:\/(\d+))?$/i.exec(needle.replace(/\s+/g, ''));
  if (!match) return null;
  return { orderNumber: match[1] as string, merchantId: match[2] ?? null };
}

/**
 * Orders of one world, as shown on one day, with what makes listing fast:
 * lookup maps, a lowercase search text per order (made when first needed),
 * and per sort key a permutation that is built on first use and kept in
 * order as orders change. Each order's summary (its status, payment state and
 * days left on that day) is made when first read: a first page sorted by date
 * reads 25 of them, not the whole world's.
 */
export class OrderIndex<Order extends IndexedOrder = OrderSummary> {
  private readonly orders: Order[] = [];
  private readonly summaries: (OrderSummary | undefined)[] = [];
  /** Made on the first search, or ahead of it by `prepareSearch`: a first page needs none of it. */
  private readonly searchText: (string | undefined)[] = [];
  /** How far `prepareSearch` has gone. */
  private searchPrepared = 0;
  private readonly orderDay: string[] = [];
  private readonly byNumber = new Map<string, number>();
  /** Lowercase payment reference → position, made on the first exact search. */
  private byReference: Map<string, number> | null = null;
  private readonly sorted = new Map<SortKey, SortedRows>();

  /** `day` is the day the orders are shown on: how late an order is counts from it, in `summarize`. */
  constructor(
    orders: readonly Order[],
    private readonly day: string,
    private readonly summarize: (order: Order) => OrderSummary,
  ) {
    for (const order of orders) this.replace(order);
  }

  /** Puts a changed (or new) order in place of its previous version. */
  replace(order: Order): void {
    let position = this.byNumber.get(order.orderNumber);
    if (position === undefined) {
      position = this.orders.length;
      this.byNumber.set(order.orderNumber, position);
      this.byReference?.set(paymentReference(order.orderNumber, order.merchantId).toLowerCase(), position);
    }
    const added = position === this.orders.length;
    this.orders[position] = order;
    this.summaries[position] = undefined;
    this.searchText[position] = undefined;
    this.orderDay[position] = order.orderDate.slice(0, 10);
    // Rebuilding a permutation costs a full sort; moving one order costs a search and a shift.
    for (const [key, sorted] of this.sorted) this.sorted.set(key, moveRow(sorted, position, added, this.sortSource(key)));
  }

  /** Makes the search text of up to `count` more orders ahead of a search; true once every order has it. */
  prepareSearch(count: number): boolean {
    const end = Math.min(this.orders.length, this.searchPrepared + count);
    for (; this.searchPrepared < end; this.searchPrepared += 1) this.searchTextAt(this.searchPrepared);
    return this.searchPrepared >= this.orders.length;
  }

  page(query: OrderQuery): OrderPage {
    const start = (query.page - 1) * query.pageSize;
    const { items, total } = this.collect(query, start, start + query.pageSize);
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  /** Every matching order in list order (for exports). */
  all(query: OrderFilter & OrderSort): OrderSummary[] {
    return this.collect(query, 0, Number.POSITIVE_INFINITY).items;
  }

  /** How many orders match, in no particular order: no sort order is built for it. */
  count(filter: OrderFilter): number {
    const everyRow = (visit: (position: number) => void) => {
      for (let position = 0; position < this.orders.length; position += 1) visit(position);
    };
    let total = 0;
    this.visitMatches(filter, everyRow, () => (total += 1));
    return total;
  }

  private collect(query: OrderFilter & OrderSort, start: number, end: number): { items: OrderSummary[]; total: number } {
    const items: OrderSummary[] = [];
    let total = 0;
    const take = (position: number) => {
      if (total >= start && total < end) items.push(this.summaryAt(position));
      total += 1;
    };
    this.visitMatches(query, (visit) => this.forEachSorted(query, visit), take);
    return { items, total };
  }

  /** Calls `found` for each matching order, in the order `scan` visits them (only the named one for an exact search). */
  private visitMatches(filter: OrderFilter, scan: (visit: (position: number) => void) => void, found: (position: number) => void): void {
    const needle = foldForSearch(filter.q?.trim() ?? '');
    // An exact order number or payment reference names one order: no substring search.
    const exact = needle === '' ? undefined : this.exactMatch(needle);
    if (exact !== undefined) {
      if (this.matcher(filter, '')(exact)) found(exact);
      return;
    }
    const matches = this.matcher(filter, searchNeedle(needle));
    scan((position) => {
      if (matches(position)) found(position);
    });
  }

  // Every payment reference reads `BP<order number>/<merchant>`, so a needle that is one has a key.
  private exactMatch(needle: string): number | undefined {
    const direct = this.byNumber.get(needle);
    if (direct !== undefined) return direct;
    const key = exactSearchKey(needle);
    if (!key) return undefined;
    if (key.merchantId === null) return this.byNumber.get(key.orderNumber);
    this.byReference ??= new Map(this.orders.map((order, position) => [paymentReference(order.orderNumber, order.merchantId).toLowerCase(), position]));
    return this.byReference.get(`bp${key.orderNumber}/${key.merchantId}`);
  }

  private summaryAt(position: number): OrderSummary {
    return (this.summaries[position] ??= this.summarize(this.orders[position] as Order));
  }

  private searchTextAt(position: number): string {
    return (this.searchText[position] ??= searchTextOf(this.orders[position] as Order));
  }

  private matcher(filter: OrderFilter, needle: string): (position: number) => boolean {
    const holdsNeedle = textMatcher(needle);
    const status = toSet(filter.status);
    const shipping = toSet(filter.shipping);
    const completeness = toSet(filter.completeness);
    const method = toSet(filter.method);
    const country = toSet(filter.country);
    const paymentState = toSet(filter.paymentState);
    const { from, to, expiresWithinDays, overdueByMoreThanDays, creditedSince } = filter;
    // More than N days late: due before the day N days ago.
    const dueBefore = overdueByMoreThanDays === undefined ? undefined : addDays(this.day, -overdueByMoreThanDays);
    // Only these read what the order is on the day shown: without them, no summary is made.
    const bySummary = status || paymentState || expiresWithinDays !== undefined || dueBefore !== undefined || creditedSince !== undefined;
    return (position) => {
      // A summary holds the order's own fields too; all of one shape, they read faster than the records.
      const summary = bySummary ? this.summaryAt(position) : null;
      const order: IndexedOrder = summary ?? (this.orders[position] as Order);
      if (shipping && !shipping.has(order.shippingStatus)) return false;
      if (completeness && !completeness.has(order.completeness)) return false;
      if (method && !method.has(order.paymentMethod)) return false;
      if (country && !country.has(order.country)) return false;
      const day = this.orderDay[position] as string;
      if (from !== undefined && day < from) return false;
      if (to !== undefined && day > to) return false;
      if (summary) {
        if (status && !status.has(summary.status)) return false;
        if (expiresWithinDays !== undefined && (summary.daysToExpiry === null || summary.daysToExpiry > expiresWithinDays)) return false;
        if (paymentState && (summary.paymentState === null || !paymentState.has(summary.paymentState))) return false;
        // Late counts from the due date the provider agreed to, when there is one, as payment states do.
        const due = summary.agreedDueDate ?? summary.dueDate;
        if (dueBefore !== undefined && (summary.status !== 'activated' || due === null || due >= dueBefore)) return false;
        // An instant of that day or later sorts at or after the bare day.
        if (creditedSince !== undefined && (summary.lastCreditedAt === null || summary.lastCreditedAt < creditedSince)) return false;
      }
      return needle === '' || holdsNeedle(this.searchTextAt(position));
    };
  }

  // Descending reverses the rows with a value; nulls stay last either way.
  private forEachSorted({ sort, order }: OrderSort, visit: (position: number) => void): void {
    const { rows, withValue } = this.sortedBy(sort);
    if (order === 'asc') {
      for (let i = 0; i < rows.length; i += 1) visit(rows[i] as number);
      return;
    }
    for (let i = withValue - 1; i >= 0; i -= 1) visit(rows[i] as number);
    for (let i = rows.length - 1; i >= withValue; i -= 1) visit(rows[i] as number);
  }

  private sortedBy(key: SortKey): SortedRows {
    const cached = this.sorted.get(key);
    if (cached) return cached;
    const built = sortRows(this.orders.length, this.sortSource(key));
    this.sorted.set(key, built);
    return built;
  }

  /** A key's values read from the orders themselves where they hold them, else from their summaries. */
  private sortSource(key: SortKey): SortSource {
    const orderNumberAt = (position: number) => Number((this.orders[position] as Order).orderNumber);
    if (isRecordSortKey(key)) {
      const value = sortValues.fromRecord[key];
      return { valueAt: (position) => value(this.orders[position] as Order), orderNumberAt };
    }
    // Every sort key is one or the other: a key missing from both would not compile here.
    const value = sortValues.fromSummary[key];
    return { valueAt: (position) => value(this.summaryAt(position)), orderNumberAt };
  }
}

/**
 * Whether an order's search text holds the needle: as typed, or, for words typed in another order
 * or with more spaces between them ("claes  elise" for Elise Claes), every word within one field.
 */
function textMatcher(needle: string): (text: string) => boolean {
  // The longest word first: most orders lack it, and one look then turns them down, as for one word.
  const words = needle
    .split(/\s+/)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  if (words.length < 2) return (text) => text.includes(needle);
  const holdsEveryWord = (text: string) => words.every((word) => text.includes(word));
  return (text) => holdsEveryWord(text) && (text.includes(needle) || text.split('\u0001').some(holdsEveryWord));
}

/** A reference or number pasted with spaces (`BP 1001702/3333`) is searched for without them. */
function searchNeedle(needle: string): string {
  return /^(bp)?[\d\s/]+$/.test(needle) ? needle.replace(/\s+/g, '') : needle;
}

function toSet<T>(values: readonly T[] | undefined): ReadonlySet<T> | null {
  return values && values.length > 0 ? new Set(values) : null;
}
