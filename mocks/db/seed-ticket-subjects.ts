// What the seeded support requests are about: the orders and statements of the seeded world whose
// history fits what a request says (seed-tickets.ts).
import type { OrderEvent } from '@/contract/orders';
import { addDays, datePart, dayNumber } from '../rules/dates';
import { mondayOf, sundayOf, type IsoWeek } from '../rules/iso-week';
import type { OrderRecord } from '../rules/order-model';
import { extraMovements, type StatementWorld } from '../rules/statement-extras';
import type { SeededWorld } from './seed';

/** How far back the search for a fitting order goes, so that large worlds stay fast. */
const ordersToScan = 400;

/** The position of the newest seeded order placed before `day`; -1 when there is none. Order numbers grow with the order date. */
export function newestBefore(world: SeededWorld, day: string): number {
  let low = 0;
  let high = world.size;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (datePart(world.order(middle).orderDate) < day) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The newest order placed before `day` that fits; none when no order that fits is near enough. */
export function orderBefore(world: SeededWorld, day: string, fits: (order: OrderRecord) => boolean): OrderRecord | undefined {
  const newest = newestBefore(world, day);
  for (let position = newest; position >= Math.max(0, newest - ordersToScan); position -= 1) {
    const order = world.order(position);
    if (fits(order)) return order;
  }
  return undefined;
}

export const activatedBefore = (order: OrderRecord, day: string): boolean => order.activatedAt !== null && datePart(order.activatedAt) < day;

/** Whether the seeded history, up to the day before the anchor, has the shopper pay or the order credited or cancelled. */
export const settled = (order: OrderRecord): boolean => order.events.some((event) => event.type === 'paid' || event.type === 'credited' || event.type === 'cancelled');

/** A return the seeded history of an order holds: part of its goods came back after activation. */
export interface Return {
  order: OrderRecord;
  event: OrderEvent;
}

/** Days from the filing of a return question to the day the merchant books the return, as the provider advised the day before. */
export const daysToReturn = 2;

/**
 * The return that a request filed as near `day` as can be, and before `until`, can have asked about:
 * filed `daysToReturn` days before the return was booked, and after the order was activated. The
 * orders looked at are those placed near `day`, a few hundred either side.
 */
export function returnNear(world: SeededWorld, day: string, until: string): Return | undefined {
  const around = newestBefore(world, day);
  let found: { distance: number; at: string; found: Return } | undefined;
  for (let position = Math.min(newestBefore(world, until), around + ordersToScan); position >= Math.max(0, around - ordersToScan); position -= 1) {
    const order = world.order(position);
    for (const event of order.events) {
      if (event.type !== 'returned') continue;
      const filed = addDays(datePart(event.at), -daysToReturn);
      if (filed >= until || !activatedBefore(order, filed)) continue;
      const distance = Math.abs(dayNumber(filed) - dayNumber(day));
      // Of two as near, the later one.
      if (!found || distance < found.distance || (distance === found.distance && event.at > found.at)) found = { distance, at: event.at, found: { order, event } };
    }
  }
  return found?.found;
}

/** What came back, as the return names it: "2 × Linen lampshade, 40 cm". */
export function returnedItems({ order, event }: Return): string {
  const items = (event.lines ?? []).map((returned) => {
    const line = order.lines.find((candidate) => candidate.id === returned.lineId);
    return line ? `${returned.quantity} × ${line.title}` : null;
  });
  return items.filter((item) => item !== null).join(', ');
}

/** Whether any seeded order was activated in `week`: only a week that charged fees has a fee correction. */
function chargedFees(world: SeededWorld, week: IsoWeek): boolean {
  const monday = mondayOf(week);
  const sunday = sundayOf(week);
  // Orders are activated within a week of being placed.
  const earliest = addDays(monday, -8);
  for (let position = newestBefore(world, addDays(sunday, 1)); position >= 0; position -= 1) {
    const order = world.order(position);
    if (datePart(order.orderDate) < earliest) return false;
    const activated = order.activatedAt === null ? null : datePart(order.activatedAt);
    if (activated !== null && activated >= monday && activated <= sunday) return true;
  }
  return false;
}

/** The fee correction of `week`, in cents, as its statement carries it; null when it has none. */
export function feeCorrection(world: SeededWorld, statementWorld: StatementWorld, week: IsoWeek, day: string): number | null {
  // Which chargebacks the week has does not change its fee correction: each comes from its own stream.
  const adjustment = extraMovements(statementWorld, week, [], true, day).find((movement) => movement.type === 'adjustment');
  return adjustment && chargedFees(world, week) ? adjustment.amount : null;
}
