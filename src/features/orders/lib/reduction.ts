import type { OrderDetail } from '@/contract/orders';
import { remainingQuantity } from './order-figures';

type Order = Pick<OrderDetail, 'lines' | 'outstanding'>;
export type ReturnedLine = { lineId: string; quantity: number };

/**
 * What `units` more units of a line are worth, as the API counts it: the line total shared over
 * its units by rounding the running count, so a line returned piece by piece adds up to its total.
 */
export function returnValue(line: OrderDetail['lines'][number], units: number): number {
  if (line.quantity === 0) return 0;
  const share = (count: number) => Math.round((line.lineTotal * count) / line.quantity);
  const gone = line.quantity - remainingQuantity(line);
  return share(gone + units) - share(gone);
}

/** Whether these returns take back every item still on the order. */
export function returnsEverything(order: Order, returned: ReturnedLine[]): boolean {
  return order.lines.every((line) => {
    const quantity = returned.find((item) => item.lineId === line.id)?.quantity ?? 0;
    return quantity >= remainingQuantity(line);
  });
}

/**
 * What a return credits: the returned units' value, never more than is outstanding; when no item
 * remains, everything outstanding (the shipping fee included), since a shopper never pays shipping
 * for what was returned.
 */
export function returnCredit(order: Order, returned: ReturnedLine[]): number {
  if (returned.every((item) => item.quantity === 0)) return 0;
  if (returnsEverything(order, returned)) return order.outstanding;
  const value = returned.reduce((sum, item) => {
    const line = order.lines.find((candidate) => candidate.id === item.lineId);
    return line ? sum + returnValue(line, item.quantity) : sum;
  }, 0);
  return Math.min(value, order.outstanding);
}
