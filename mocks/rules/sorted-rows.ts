import { orderStatuses, paymentStates, type OrderStatus, type OrderSummary, type PaymentState, type SortKey } from '@/contract/orders';
import { dayNumber } from './dates';

// The list's sort orders: each a permutation of the rows, built once per key. After a write,
// moveRow puts the one changed or added order back in its place instead of sorting again.

type SortValue<Row> = (row: Row) => number | string | null;

/** The fields an order's record holds as the list shows them: sorting by these needs no summary. */
export type RecordSortFields = Pick<OrderSummary, 'orderNumber' | 'orderDate' | 'customer' | 'yourReference' | 'country' | 'paymentMethod' | 'total' | 'shippingStatus' | 'completeness'>;

// Statuses and payment states sort in life-cycle order, which reads better than the alphabet.
const statusRank = new Map<OrderStatus, number>(orderStatuses.map((status, rank) => [status, rank]));
const paymentStateRank = new Map<PaymentState, number>(paymentStates.map((state, rank) => [state, rank]));

/** Each key's value, either read from the order's record or from its summary on the day shown. */
export const sortValues = {
  fromRecord: {
    orderNumber: (row) => Number(row.orderNumber),
    orderDate: (row) => Date.parse(row.orderDate),
    // By the name the list shows: a business is known by its company.
    customerName: (row) => row.customer.companyName ?? row.customer.name,
    yourReference: (row) => row.yourReference,
    country: (row) => row.country,
    paymentMethod: (row) => row.paymentMethod,
    total: (row) => row.total,
    shippingStatus: (row) => row.shippingStatus,
    completeness: (row) => row.completeness,
  } satisfies Partial<Record<SortKey, SortValue<RecordSortFields>>>,
  fromSummary: {
    paymentReference: (row) => row.paymentReference,
    outstanding: (row) => row.outstanding,
    status: (row) => statusRank.get(row.status) ?? 0,
    daysToExpiry: (row) => row.daysToExpiry,
    dueDate: (row) => (row.dueDate === null ? null : dayNumber(row.dueDate)),
    paymentState: (row) => (row.paymentState === null ? null : (paymentStateRank.get(row.paymentState) ?? 0)),
  } satisfies Partial<Record<SortKey, SortValue<OrderSummary>>>,
};

type RecordSortKey = keyof typeof sortValues.fromRecord;

/** Whether sorting by `key` reads the orders' records alone (the others need each order's summary). */
export function isRecordSortKey(key: SortKey): key is RecordSortKey {
  return key in sortValues.fromRecord;
}

/** A sort key's value for the row at a position, and the row's order number, which breaks ties. */
export interface SortSource {
  valueAt(position: number): number | string | null;
  orderNumberAt(position: number): number;
}

const collator = new Intl.Collator('en', { numeric: true });

/** Rows in ascending order: first those with a value, then the nulls; ties by order number. */
export interface SortedRows {
  rows: Uint32Array;
  withValue: number;
}

/** Sort order of two rows: nulls last, numbers by size, texts by the collator; ties by order number. */
function compareRows(a: number, b: number, source: SortSource): number {
  const valueA = source.valueAt(a);
  const valueB = source.valueAt(b);
  if ((valueA === null) !== (valueB === null)) return valueA === null ? 1 : -1;
  if (valueA !== null && valueB !== null) {
    const byValue = typeof valueA === 'number' && typeof valueB === 'number' ? valueA - valueB : compareTexts(String(valueA), String(valueB));
    if (byValue !== 0) return byValue;
  }
  return source.orderNumberAt(a) - source.orderNumberAt(b);
}

/** The collator's order, and a plain one where the collator sees two texts as equal. */
function compareTexts(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The permutation with one order (changed in place, or added at the end) back where it belongs. */
export function moveRow(sorted: SortedRows, position: number, added: boolean, source: SortSource): SortedRows {
  // Without the moved order: an added one is not in it yet.
  const others = added ? sorted.rows : removeAt(sorted.rows, sorted.rows.indexOf(position));
  let low = 0;
  let high = others.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareRows(others[middle] as number, position, source) < 0) low = middle + 1;
    else high = middle;
  }
  const result = new Uint32Array(others.length + 1);
  result.set(others.subarray(0, low));
  result[low] = position;
  result.set(others.subarray(low), low + 1);
  return { rows: result, withValue: countWithValue(result, source) };
}

function removeAt(rows: Uint32Array, index: number): Uint32Array {
  const result = new Uint32Array(rows.length - 1);
  result.set(rows.subarray(0, index));
  result.set(rows.subarray(index + 1), index);
  return result;
}

/** Rows with a value come first, so their count is where the first null sits (found by bisection). */
function countWithValue(sorted: Uint32Array, source: SortSource): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (source.valueAt(sorted[middle] as number) === null) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The `count` rows (positions 0 to count - 1) in ascending order. */
export function sortRows(count: number, source: SortSource): SortedRows {
  const keys = sortKeysOf(Array.from({ length: count }, (_, position) => source.valueAt(position)));
  const numbers = Float64Array.from({ length: count }, (_, position) => source.orderNumberAt(position));
  const positions = Uint32Array.from({ length: count }, (_, position) => position);
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
  const withValue = keys.reduce((total, key) => (Number.isNaN(key) ? total : total + 1), 0);
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
