import type { ActivityFilter, ActivityItem, ActivityKind } from '@/contract/activity';
import type { Mode } from '@/contract/common';
import type { OrderEvent } from '@/contract/orders';
import { localDateTime, money, type CsvCell } from './csv';
import type { OrderRecord } from './order-model';

/** What a change says of itself; who made it, when and for which merchant are added where it is recorded. */
export type ActivityChange = Pick<ActivityItem, 'kind' | 'mode'> & Partial<Pick<ActivityItem, 'subject' | 'detail' | 'previousDetail' | 'changes' | 'reasonCode' | 'amount' | 'currency'>>;

const orderKinds: Partial<Record<OrderEvent['type'], ActivityKind>> = {
  activated: 'order-activated',
  cancelled: 'order-cancelled',
  credited: 'order-credited',
  reduced: 'order-reduced',
  returned: 'order-returned',
  'expiry-extended': 'order-expiry-extended',
};

/** The change an order action made, told by the event it added to the order's timeline. */
export function orderChange(order: OrderRecord): ActivityChange {
  const event = order.events.at(-1);
  const kind = event && orderKinds[event.type];
  if (!event || !kind) throw new Error(`Order ${order.orderNumber} has no action on its timeline`);
  return {
    kind,
    mode: order.mode,
    subject: order.orderNumber,
    detail: event.expiresAt ?? event.reason,
    reasonCode: event.expiresAt ? null : event.reasonCode,
    amount: event.amount,
    currency: event.amount === null ? null : order.currency,
  };
}

/**
 * The items of the log (kept oldest first) that match every filter, newest first; of two at the same
 * instant, the later recorded comes first. Days are read on the merchant's clock.
 */
export function filterActivity(items: readonly ActivityItem[], filter: ActivityFilter, timeZone: string): ActivityItem[] {
  const kinds = filter.kind && filter.kind.length > 0 ? new Set(filter.kind) : null;
  const worlds = filter.mode && filter.mode.length > 0 ? new Set(filter.mode) : null;
  return items
    .toReversed()
    .filter((item) => {
      if (filter.person !== undefined && item.actor?.email !== filter.person) return false;
      if (kinds && !kinds.has(item.kind)) return false;
      if (worlds && !worlds.has(item.mode ?? 'none')) return false;
      if (filter.from === undefined && filter.to === undefined) return true;
      const day = localDateTime(item.at, timeZone).slice(0, 10);
      return (filter.from === undefined || day >= filter.from) && (filter.to === undefined || day <= filter.to);
    })
    .sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? 1 : -1));
}

/** The columns of the CSV export. */
export const activityCsvHeader = ['at', 'actorName', 'actorEmail', 'mode', 'kind', 'subject', 'detail', 'reasonCode', 'amount', 'currency', 'previousDetail', 'changes'] as const;

/**
 * How a row's values are written: as the API's codes, times in UTC, for software (`softwareStyle`);
 * in a reader's words, times on the merchant's clock, for a spreadsheet (activity-csv.ts).
 */
export interface ActivityCsvStyle {
  time: (instant: string) => string;
  kind: (kind: ActivityKind) => string;
  world: (mode: Mode | null) => string | null;
  detail: (item: ActivityItem) => string | null;
  previousDetail: (item: ActivityItem) => string | null;
  field: (field: string) => string;
}

export const softwareStyle: ActivityCsvStyle = {
  time: (instant) => instant,
  kind: (kind) => kind,
  world: (mode) => mode,
  detail: (item) => item.detail,
  previousDetail: (item) => item.previousDetail,
  field: (field) => field,
};

export function activityCsvRow(item: ActivityItem, style: ActivityCsvStyle = softwareStyle): CsvCell[] {
  return [
    style.time(item.at),
    item.actor?.name ?? null,
    item.actor?.email ?? null,
    style.world(item.mode),
    style.kind(item.kind),
    item.subject,
    style.detail(item),
    item.reasonCode,
    item.amount === null ? null : money(item.amount),
    item.currency,
    // Last, added after the others: a reader of the columns by position finds them where they were.
    style.previousDetail(item),
    // Each field changed on a line of its own cell: "city: Brussel → Bruxelles".
    item.changes?.map(({ field, from, to }) => `${style.field(field)}: ${from} → ${to}`).join('\n') ?? null,
  ];
}
