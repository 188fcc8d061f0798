import { orderStatuses, paymentStates, type OrderStatus, type OrderSummary, type PaymentState, type SortKey } from '@/contract/orders';
import { dayNumber } from './dates';

// The list's sort orders: each a permutation of the rows, built once per key. After a write,
// moveRow puts the one changed or added order back in its place instead of sorting again.

type SortValue = (row: OrderSummary) => number | string | null;

// Statuses and payment states sort in life-cycle order, which reads better than the alphabet.
const statusRank = new Map<OrderStatus, number>(orderStatuses.map((status, rank) => [status, rank]));
const paymentStateRank = new Map<PaymentState, number>(paymentStates.map((state, rank) => [state, rank]));

export const sortValues: Record<SortKey, SortValue> = {
  orderNumber: (row) => Number(row.orderNumber),
  paymentReference: (row) => row.paymentReference,
  orderDate: (row) => Date.parse(row.orderDate),
  customerName: (row) => row.customer.name,
  yourReference: (row) => row.yourReference,
  country: (row) => row.country,
  paymentMethod: (row) => row.paymentMethod,
  total: (row) => row.total,
  outstanding: (row) => row.outstanding,
  status: (row) => statusRank.get(row.status) ?? 0,
  shippingStatus: (row) => row.shippingStatus,
  completeness: (row) => row.completeness,
  daysToExpiry: (row) => row.daysToExpiry,
  dueDate: (row) => (row.dueDate === null ? null : dayNumber(row.dueDate)),
  paymentState: (row) => (row.paymentState === null ? null : (paymentStateRank.get(row.paymentState) ?? 0)),
};

const collator = new Intl.Collator('en', { numeric: true });

/** Rows in ascending order: first those with a value, then the nulls; ties by order number. */
export interface SortedRows {
  rows: Uint32Array;
  withValue: number;
}

/** Sort order of two values: nulls last, numbers by size, texts by the collator; ties by order number. */
function compareRows(a: OrderSummary, b: OrderSummary, valueOf: SortValue): number {
  const valueA = valueOf(a);
  const valueB = valueOf(b);
  if ((valueA === null) !== (valueB === null)) return valueA === null ? 1 : -1;
  if (valueA !== null && valueB !== null) {
    const byValue = typeof valueA === 'number' && typeof valueB === 'number' ? valueA - valueB : compareTexts(String(valueA), String(valueB));
    if (byValue !== 0) return byValue;
  }
  return Number(a.orderNumber) - Number(b.orderNumber);
}

/** The collator's order, and a plain one where the collator sees two texts as equal. */
function compareTexts(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The permutation with one order (changed in place, or added at the end) back where it belongs. */
export function moveRow(sorted: SortedRows, position: number, added: boolean, rows: readonly OrderSummary[], valueOf: SortValue): SortedRows {
  const row = rows[position] as OrderSummary;
  // Without the moved order: an added one is not in it yet.
  const others = added ? sorted.rows : removeAt(sorted.rows, sorted.rows.indexOf(position));
  let low = 0;
  let high = others.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareRows(rows[others[middle] as number] as OrderSummary, row, valueOf) < 0) low = middle + 1;
    else high = middle;
  }
  const result = new Uint32Array(others.length + 1);
  result.set(others.subarray(0, low));
  result[low] = position;
  result.set(others.subarray(low), low + 1);
  return { rows: result, withValue: countWithValue(result, rows, valueOf) };
}

function removeAt(rows: Uint32Array, index: number): Uint32Array {
  const result = new Uint32Array(rows.length - 1);
  result.set(rows.subarray(0, index));
  result.set(rows.subarray(index + 1), index);
  return result;
}

/** Rows with a value come first, so their count is where the first null sits (found by bisection). */
function countWithValue(sorted: Uint32Array, rows: readonly OrderSummary[], valueOf: SortValue): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (valueOf(rows[sorted[middle] as number] as OrderSummary) === null) high = middle;
    else low = middle + 1;
  }
  return low;
}

export function sortRows(rows: readonly OrderSummary[], valueOf: SortValue): SortedRows {
  const keys = sortKeysOf(rows.map(valueOf));
  const numbers = Float64Array.from(rows, (row) => Number(row.orderNumber));
  const positions = Uint32Array.from(rows, (_, position) => position);
  // NaN marks a null: those go after every row with a value.
  positions.sort((a, b) => {
    const keyA = keys[a] as number;
    const keyB = keys[b] as number;
    const nullA = Number.isNaN(keyA);
    const nullB = Number.isNaN(keyB);
    if (nullA !== nullB) return nullA ? 1 : -1;
    if (!nullA && keyA !== keyB) return keyA - keyB;
    return (numbers[a] as number) - (numbers[b] as number);
  });
  const withValue = keys.reduce((count, key) => (Number.isNaN(key) ? count : count + 1), 0);
  return { rows: positions, withValue };
}

/** Numeric sort keys; texts become their rank among the distinct texts, so comparing is cheap. */
function sortKeysOf(values: readonly (number | string | null)[]): Float64Array {
  const texts = [...new Set(values.filter((value): value is string => typeof value === 'string'))].sort(compareTexts);
  const rank = new Map(texts.map((text, index) => [text, index]));
  return Float64Array.from(values, (value) => {
    if (value === null) return Number.NaN;
    return typeof value === 'string' ? (rank.get(value) ?? 0) : value;
  });
}
