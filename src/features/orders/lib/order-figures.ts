import type { OrderDetail } from '../api/get-order';

type Line = OrderDetail['lines'][number];

export type LineState = 'invoiced' | 'shipped' | 'open';

/** What a line reads as: invoiced once any of it is invoiced, else shipped once any of it left, else open. */
export function lineState(line: Line): LineState {
  if (line.quantityInvoiced > 0) return 'invoiced';
  if (line.quantityShipped > 0) return 'shipped';
  return 'open';
}

/** Units of a line that can still come back or be cancelled. */
export function remainingQuantity(line: Line): number {
  return Math.max(0, line.quantity - line.quantityCancelled - line.quantityReturned);
}

/** VAT contained in a gross amount at a percent rate, to the cent. */
export function vatIncluded(grossCents: number, ratePercent: number): number {
  return Math.round((grossCents * ratePercent) / (100 + ratePercent));
}

export function orderTotals(order: Pick<OrderDetail, 'lines' | 'shippingFee' | 'total' | 'credited' | 'outstanding'>) {
  const items = order.lines.reduce((sum, line) => sum + line.lineTotal, 0);
  const vat = order.lines.reduce((sum, line) => sum + vatIncluded(line.lineTotal, line.vatRate), 0);
  return { items, shippingFee: order.shippingFee, vat, total: order.total, credited: order.credited, outstanding: order.outstanding };
}
