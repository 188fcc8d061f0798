import { isActionOpen } from '@/contract/order-action-statuses';
import { expiryExtension, type EventType, type OrderEvent, type OrderLine, type ReturnedLine } from '@/contract/orders';
import type { RecordedReason } from '@/contract/reasons';
import { addDays } from './dates';
import type { OrderRecord } from './order-model';
import { daysToExpiry, effectiveStatus, expiresAt, isExpired, latestExpiry } from './order-status';

/** Where and by whom an action happens. */
export interface ActionContext {
  /** The calendar day: whether a created order has expired depends on it. */
  today: string;
  /** The instant recorded on the event. */
  now: string;
  /** The signed-in user's name. */
  actor: string;
}

/** The order's state does not allow the action (409). */
export class ActionNotAllowed extends Error {
  override readonly name = 'ActionNotAllowed';
}

/** Values that do not fit this order, keyed by the request field they are about (422). */
export class ActionInvalid extends Error {
  override readonly name = 'ActionInvalid';

  constructor(readonly errors: Record<string, string[]>) {
    super('Some values do not fit the order.');
  }
}

export interface LineReturn {
  lineId: string;
  quantity: number;
  reason?: string | null;
  reasonCode?: RecordedReason['reasonCode'];
}

/** A reason as given: text a user typed (kept as typed, with no code), or a known reason with its code. */
export type GivenReason = string | RecordedReason;

function recorded(reason: GivenReason): RecordedReason {
  return typeof reason === 'string' ? { reason, reasonCode: null } : reason;
}

/** Units of a line that are neither cancelled nor back with the merchant. */
export function remainingQuantity(line: OrderLine): number {
  return line.quantity - line.quantityCancelled - line.quantityReturned;
}

/**
 * What `units` more units of a line are worth when they come back. The line total (discount
 * included) is shared over its units by rounding the running count, never one unit's rounded
 * price times a count: a line returned piece by piece then adds up to exactly its total, and
 * returning a whole line never credits a cent more or less than it cost.
 */
export function returnValue(line: OrderLine, units: number): number {
  const share = (count: number) => Math.round((line.lineTotal * count) / line.quantity);
  const gone = line.quantity - remainingQuantity(line);
  return share(gone + units) - share(gone);
}

/** The goods are shipped: the invoice is issued and the payment term starts. */
export function activate(order: OrderRecord, context: ActionContext): OrderRecord {
  const status = effectiveStatus(order, context.today);
  if (!isActionOpen('activate', status)) throw new ActionNotAllowed(`Only created orders can be activated; this order is ${describe(order, context)}.`);
  const lines = order.lines.map((line) => {
    const open = remainingQuantity(line);
    return { ...line, shipDate: line.shipDate ?? context.today, quantityShipped: open, quantityInvoiced: open };
  });
  return changed(order, context, { type: 'activated', amount: order.outstanding, reason: null }, {
    status: 'activated',
    activatedAt: context.now,
    shippingStatus: 'shipped',
    lines,
  });
}

/** Before activation nothing is owed any more; after it, all that is outstanding is credited. */
export function cancel(order: OrderRecord, given: GivenReason, context: ActionContext): OrderRecord {
  const { reason, reasonCode } = recorded(given);
  const status = effectiveStatus(order, context.today);
  if (!isActionOpen('cancel', status)) throw new ActionNotAllowed(`Only created or activated orders can be cancelled; this order is ${describe(order, context)}.`);
  const lines = order.lines.map((line) => ({ ...line, quantityCancelled: line.quantityCancelled + remainingQuantity(line) }));
  if (status === 'created') {
    return changed(order, context, { type: 'cancelled', amount: order.total, reason, reasonCode }, {
      status: 'cancelled',
      statusReason: reason,
      statusReasonCode: reasonCode,
      outstanding: 0,
      credited: 0,
      lines,
    });
  }
  return credit(order, context, { type: 'credited', amount: order.outstanding, reason, reasonCode }, { lines });
}

/**
 * The merchant's one extension of a created order's expiry, in its last days, to the provider's
 * limit. Too late once the order has expired: the provider has cancelled it by then.
 */
export function extendExpiry(order: OrderRecord, context: ActionContext): OrderRecord {
  const expiry = expiresAt(order);
  if (isExpired(order, context.today)) throw new ActionNotAllowed(`Too late: this order expired on ${expiry} and is cancelled.`);
  const status = effectiveStatus(order, context.today);
  if (!isActionOpen('extend', status)) throw new ActionNotAllowed(`Only created orders can have their expiry extended; this order is ${status}.`);
  if (order.expiryExtended) throw new ActionNotAllowed(`This order's expiry was already extended once, to ${expiry}; it cannot be extended again.`);
  const { windowDays } = expiryExtension;
  if ((daysToExpiry(order, context.today) ?? 0) > windowDays) {
    throw new ActionNotAllowed(`Too early: the expiry can be extended in its last ${windowDays} days only, from ${addDays(expiry, -windowDays)}; this order expires on ${expiry}.`);
  }
  const extendedTo = latestExpiry(order.orderDate);
  return changed(order, context, { type: 'expiry-extended', amount: null, reason: null, expiresAt: extendedTo }, { expiryExtended: true });
}

/** A partial cancel by amount, e.g. a price agreed down with the shopper. */
export function reduceByAmount(order: OrderRecord, amount: number, reason: GivenReason, context: ActionContext): OrderRecord {
  requireReducible(order, context);
  if (!Number.isInteger(amount) || amount <= 0) throw new ActionInvalid({ amount: ['Enter an amount above zero, in whole cents.'] });
  if (amount > order.outstanding) {
    throw new ActionInvalid({ amount: [`Reduce by at most the outstanding amount (${order.outstanding} cents).`] });
  }
  // Reduced by all that is still owed, the order is credited: its event is a credit, as a cancel's
  // after activation is, so that its timeline and the activity log do not say "partially
  // cancelled". Its lines stay as they were (a cancel counts the units left as cancelled).
  const type = amount === order.outstanding ? 'credited' : 'reduced';
  return credit(order, context, { type, amount, ...recorded(reason) }, {});
}

/**
 * Units that come back. They are credited at their value, never more than is
 * outstanding; once nothing remains on the order, the shopper pays no
 * shipping either, so everything outstanding is credited.
 */
export function returnLines(order: OrderRecord, returns: readonly LineReturn[], reason: GivenReason, context: ActionContext): OrderRecord {
  requireReducible(order, context);
  const errors = returnErrors(order, returns);
  if (Object.keys(errors).length > 0) throw new ActionInvalid(errors);
  const lines = order.lines.map((line) => {
    const quantity = returns.find((item) => item.lineId === line.id)?.quantity ?? 0;
    return quantity === 0 ? line : { ...line, quantityReturned: line.quantityReturned + quantity };
  });
  const value = returns.reduce((sum, item) => {
    const line = order.lines.find((candidate) => candidate.id === item.lineId) as OrderLine;
    return sum + returnValue(line, item.quantity);
  }, 0);
  const nothingLeft = lines.every((line) => remainingQuantity(line) === 0);
  const amount = nothingLeft ? order.outstanding : Math.min(value, order.outstanding);
  // A line's blank reason is none.
  const returned: ReturnedLine[] = returns.map((item) => ({
    lineId: item.lineId,
    quantity: item.quantity,
    reason: item.reason || null,
    reasonCode: (item.reason && item.reasonCode) || null,
  }));
  return credit(order, context, { type: 'returned', amount, ...recorded(reason), lines: returned }, { lines });
}

function returnErrors(order: OrderRecord, returns: readonly LineReturn[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (returns.length === 0) errors.lines = ['Pick at least one line that comes back.'];
  const seen = new Set<string>();
  returns.forEach((item, index) => {
    const line = order.lines.find((candidate) => candidate.id === item.lineId);
    if (!line) errors[`lines.${index}.lineId`] = ['There is no such line on this order.'];
    else if (seen.has(item.lineId)) errors[`lines.${index}.lineId`] = ['This line is listed twice.'];
    else if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > remainingQuantity(line)) {
      const left = remainingQuantity(line);
      errors[`lines.${index}.quantity`] = [left === 0 ? 'Nothing of this line is left to return.' : `Return from 1 to ${left} of this line.`];
    }
    seen.add(item.lineId);
  });
  return errors;
}

function requireReducible(order: OrderRecord, context: ActionContext): void {
  const status = effectiveStatus(order, context.today);
  if (isActionOpen('reduce', status)) return;
  const instead = status === 'created' ? ' It is not invoiced yet: cancel it instead.' : '';
  throw new ActionNotAllowed(`Only activated orders can be reduced; this order is ${describe(order, context)}.${instead}`);
}

function describe(order: OrderRecord, context: ActionContext): string {
  return isExpired(order, context.today) ? 'cancelled (expired)' : effectiveStatus(order, context.today);
}

interface Change {
  type: EventType;
  amount: number | null;
  reason: string | null;
  /** The known reason's code; none for a reason a user typed. */
  reasonCode?: RecordedReason['reasonCode'];
  lines?: ReturnedLine[];
  /** The new expiry, on an extension. */
  expiresAt?: string;
}

/** A change that moves money: what it credits. */
type Credit = Change & { amount: number };

/** Moves `change.amount` from outstanding to credited; nothing left to pay makes the order credited. */
function credit(order: OrderRecord, context: ActionContext, change: Credit, fields: Partial<OrderRecord>): OrderRecord {
  const outstanding = order.outstanding - change.amount;
  const settled: Partial<Pick<OrderRecord, 'status' | 'statusReason' | 'statusReasonCode'>> =
    outstanding === 0 ? { status: 'credited', statusReason: change.reason, statusReasonCode: change.reasonCode ?? null } : {};
  return changed(order, context, change, { ...fields, ...settled, outstanding, credited: order.credited + change.amount, lastCreditedAt: context.now });
}

/** The order one version further, with the change on its timeline. */
function changed(order: OrderRecord, context: ActionContext, change: Change, fields: Partial<OrderRecord>): OrderRecord {
  // Stored events are only ever appended, so their count numbers them uniquely within the order.
  const { type, amount, reason, reasonCode = null, lines, expiresAt: extendedTo } = change;
  // What a user typed is kept as typed, with no code: it is never translated. A reason picked from the list keeps its code.
  const event: OrderEvent = {
    id: `${order.orderNumber}-${order.events.length + 1}`,
    type,
    at: context.now,
    actor: context.actor,
    amount,
    reason,
    reasonCode,
    ...(lines && { lines }),
    ...(extendedTo && { expiresAt: extendedTo }),
  };
  return { ...order, ...fields, events: [...order.events, event], version: order.version + 1 };
}
