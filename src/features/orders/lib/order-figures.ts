import { type EventType, type OrderDetail, type OrderStatus, type OrderSummary } from '@/contract/orders';
import { invoicedByRate, vatSummary } from '@/contract/vat';

type Line = OrderDetail['lines'][number];

export type LineState = 'returned' | 'partly-returned' | 'cancelled' | 'invoiced' | 'shipped' | 'open';

/**
 * What a line reads as. What came back or was cancelled tells more than what was shipped: a line
 * returned in full is "returned" though it was invoiced. The lines of an order cancelled before
 * activation (by a user, or by expiry) are cancelled.
 */
export function lineState(line: Line, orderStatus: OrderStatus): LineState {
  if (line.quantity > 0 && line.quantityReturned >= line.quantity) return 'returned';
  if (line.quantityReturned > 0) return 'partly-returned';
  if (remainingQuantity(line) === 0 || orderStatus === 'cancelled') return 'cancelled';
  if (line.quantityInvoiced > 0) return 'invoiced';
  if (line.quantityShipped > 0) return 'shipped';
  return 'open';
}

/** Units of a line that can still come back or be cancelled. */
export function remainingQuantity(line: Line): number {
  return Math.max(0, line.quantity - line.quantityCancelled - line.quantityReturned);
}

/** The order's figures; its VAT is the invoice's, shipping fee included, worked out per rate as the invoice does. */
export function orderTotals(order: Pick<OrderDetail, 'lines' | 'shippingFee' | 'total' | 'credited' | 'outstanding'>) {
  const items = order.lines.reduce((sum, line) => sum + line.lineTotal, 0);
  const vat = vatSummary(invoicedByRate(order)).reduce((sum, row) => sum + row.vat, 0);
  return { items, shippingFee: order.shippingFee, vat, total: order.total, credited: order.credited, outstanding: order.outstanding };
}

/**
 * The invoice's due date, where it still tells something: an order credited in full owes nothing,
 * and a due date beside an outstanding of nothing reads as money still to come.
 */
export function shownDueDate(order: Pick<OrderSummary, 'status' | 'dueDate'>): string | null {
  return order.status === 'credited' ? null : order.dueDate;
}

/** The provider cancelled it: not activated within two months. */
export function hasExpired(order: Pick<OrderSummary, 'status' | 'statusReasonCode'>): boolean {
  return order.status === 'cancelled' && order.statusReasonCode === 'expired';
}

/**
 * An order credited in part (a partial cancel, a return) that is still to be paid or already paid:
 * a fully credited one says so in its status.
 */
export function isPartlyCredited(order: Pick<OrderSummary, 'status' | 'credited'>): boolean {
  return order.credited > 0 && (order.status === 'activated' || order.status === 'paid');
}

// The events that take money off the order: its statement carries each as a negative movement.
const reducingEvents: ReadonlySet<EventType> = new Set(['cancelled', 'credited', 'reduced', 'returned']);

/** An event's amount as the timeline shows it: what comes off the order with a minus sign, as on the statement. */
export function signedEventAmount({ type, amount }: Pick<OrderDetail['events'][number], 'type' | 'amount'>): number | null {
  if (amount === null) return null;
  return reducingEvents.has(type) ? -amount : amount;
}

/**
 * The day a document is dated, as its PDF prints it: the provider's UTC day of its issue, like the
 * statements'. An invoice issued at 00:40 in Brussels on 8 December is dated 7 December.
 */
export function documentDay(document: Pick<OrderDetail['documents'][number], 'issuedAt'>): string {
  return new Date(document.issuedAt).toISOString().slice(0, 10);
}
