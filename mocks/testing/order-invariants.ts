import type { OrderLine, OrderStatus } from '@/contract/orders';

// What must hold of any order's money and quantities, however it got there: shared by the
// property tests of the rules (on stored records) and the fuzz test of the handlers (on answers).

export interface OrderMoney {
  orderNumber: string;
  status: OrderStatus;
  total: number;
  outstanding: number;
  credited: number;
  lines: readonly Pick<OrderLine, 'id' | 'quantity' | 'quantityCancelled' | 'quantityReturned' | 'quantityShipped' | 'quantityInvoiced'>[];
  events: readonly { id: string; amount: number | null }[];
}

const isCents = (value: number) => Number.isSafeInteger(value) && value >= 0;

/**
 * Every way the order breaks the money model, in words; none when it keeps it. `creditNotes` are
 * the amounts of its credit notes, when they are known: together they are what was credited.
 */
export function orderViolations(order: OrderMoney, creditNotes?: readonly number[]): string[] {
  const found: string[] = [];
  const { orderNumber, status, total, outstanding, credited } = order;
  const fail = (what: string) => found.push(`order ${orderNumber} (${status}, total ${total}, outstanding ${outstanding}, credited ${credited}): ${what}`);

  for (const [name, amount] of Object.entries({ total, outstanding, credited })) {
    if (!isCents(amount)) fail(`${name} is not whole cents ≥ 0`);
  }
  if (outstanding > total) fail('more is outstanding than the total');
  if (credited > total) fail('more is credited than the total');
  if (outstanding + credited > total) fail('outstanding and credited together exceed the total');
  // Nothing paid yet: what is not credited is still owed.
  if ((status === 'created' || status === 'activated') && outstanding + credited !== total) fail('outstanding + credited is not the total');
  if (status === 'credited' && (outstanding !== 0 || credited !== total)) fail('a credited order owes something or was not credited in full');
  if (status === 'cancelled' && (outstanding !== 0 || credited !== 0)) fail('a cancelled order owes or was credited something');
  if (status === 'paid' && outstanding !== 0) fail('a paid order still owes something');
  if (status === 'activated' && outstanding === 0) fail('an activated order owes nothing but is not credited');

  for (const line of order.lines) {
    const counts = { quantityCancelled: line.quantityCancelled, quantityReturned: line.quantityReturned, quantityShipped: line.quantityShipped, quantityInvoiced: line.quantityInvoiced };
    for (const [name, count] of Object.entries(counts)) {
      if (!Number.isInteger(count) || count < 0 || count > line.quantity) fail(`line ${line.id}: ${name} ${count} is outside 0..${line.quantity}`);
    }
    if (line.quantityCancelled + line.quantityReturned > line.quantity) fail(`line ${line.id}: more units cancelled and returned than ordered`);
  }

  if (new Set(order.events.map((event) => event.id)).size !== order.events.length) fail('two events share an id');
  for (const event of order.events) {
    if (event.amount !== null && !isCents(event.amount)) fail(`event ${event.id}: amount ${event.amount} is not whole cents ≥ 0`);
  }
  if (creditNotes) {
    const sum = creditNotes.reduce((total, amount) => total + amount, 0);
    if (sum !== credited) fail(`its credit notes add up to ${sum}`);
  }
  return found;
}
