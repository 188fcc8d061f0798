import { paymentStates, type PaymentState } from '@/contract/orders';
import { activatedOrder, createdOrder, creditedOrder, paidOrder } from '../testing/order-fixtures';
import { addDays } from './dates';
import type { OrderRecord } from './order-model';
import { OrderIndex, type OrderFilter, type OrderQuery } from './order-query';
import { toSummary } from './order-view';

// The payment-state filters on the day the list is shown: each order is activated so that its
// due date (activation day + 14) falls on a boundary of the dunning schedule around `today`.
const today = '2026-11-24';

/** An activated order due `daysLate` days before today (negative: due later). */
function dueDaysAgo(daysLate: number, orderNumber: string): OrderRecord {
  const activationDay = addDays(today, -daysLate - activatedOrder.paymentTermDays);
  return { ...activatedOrder, orderNumber, activatedAt: `${activationDay}T10:00:00.000Z` };
}

// Order numbers name how late each order is, so that a failure reads plainly.
const boundaries: [daysLate: number, state: PaymentState][] = [
  [-4, 'not-due'],
  [-1, 'not-due'],
  [0, 'due'],
  [1, 'overdue'],
  [14, 'overdue'],
  [15, 'reminder-1'],
  [28, 'reminder-1'],
  [29, 'reminder-2'],
  [45, 'reminder-2'],
  [46, 'collection'],
];
const numberOf = (daysLate: number) => String(2_000_100 + daysLate);
const records: OrderRecord[] = [
  ...boundaries.map(([daysLate]) => dueDaysAgo(daysLate, numberOf(daysLate))),
  { ...paidOrder, orderNumber: '2000001' },
  { ...createdOrder, orderNumber: '2000002' },
  { ...creditedOrder, orderNumber: '2000003' },
];

const indexOn = (day: string) => new OrderIndex(records, day, (record) => toSummary(record, day));
const everything: OrderQuery = { sort: 'orderNumber', order: 'asc', page: 1, pageSize: 100 };
const numbers = (index: OrderIndex<OrderRecord>, query: Partial<OrderQuery>) => index.page({ ...everything, ...query }).items.map((row) => row.orderNumber);

describe('the payment-state filter', () => {
  const index = indexOn(today);

  it.each(boundaries)('lists an order %i days past its due date under %s only', (daysLate, state) => {
    expect(numbers(index, { paymentState: [state] })).toContain(numberOf(daysLate));
    for (const other of paymentStates.filter((candidate) => candidate !== state)) {
      expect(numbers(index, { paymentState: [other] })).not.toContain(numberOf(daysLate));
    }
  });

  it('lists exactly the orders in any of the states asked for', () => {
    expect(numbers(index, { paymentState: ['due'] })).toEqual([numberOf(0)]);
    expect(numbers(index, { paymentState: ['overdue', 'reminder-1'] })).toEqual([numberOf(1), numberOf(14), numberOf(15), numberOf(28)]);
    expect(numbers(index, { paymentState: ['paid'] })).toEqual(['2000001']);
    expect(numbers(index, { paymentState: ['collection'], status: ['activated'] })).toEqual([numberOf(46)]);
  });

  it('follows the day the list is shown on: the order due today is overdue tomorrow', () => {
    const tomorrow = indexOn(addDays(today, 1));
    expect(numbers(tomorrow, { paymentState: ['overdue'] })).toContain(numberOf(0));
    expect(numbers(tomorrow, { paymentState: ['reminder-1'] })).toContain(numberOf(14));
    expect(numbers(tomorrow, { paymentState: ['due'] })).toEqual([numberOf(-1)]);
  });
});

describe('overdue by more than N days', () => {
  const index = indexOn(today);
  const late = (overdueByMoreThanDays: number) => numbers(index, { overdueByMoreThanDays });

  it('lists unpaid orders strictly more than N days past their due date', () => {
    expect(late(0)).toEqual([1, 14, 15, 28, 29, 45, 46].map(numberOf));
    expect(late(1)).toEqual([14, 15, 28, 29, 45, 46].map(numberOf));
    expect(late(14)).toEqual([15, 28, 29, 45, 46].map(numberOf));
    expect(late(46)).toEqual([]);
  });

  it('agrees with the payment states: more than 14 days late is reminder 1 or later', () => {
    expect(late(14)).toEqual(numbers(index, { paymentState: ['reminder-1', 'reminder-2', 'collection'] }));
    expect(late(0)).toEqual(numbers(index, { paymentState: ['overdue', 'reminder-1', 'reminder-2', 'collection'] }));
  });

  it('counts the same orders it lists', () => {
    const filters: OrderFilter[] = [{ overdueByMoreThanDays: 14 }, { paymentState: ['due', 'paid'] }, { q: 'BP 2000146/3333' }, {}];
    for (const filter of filters) expect(index.count(filter)).toBe(index.page({ ...everything, ...filter }).total);
  });
});

describe('credited since a day', () => {
  const reduced = { ...activatedOrder, orderNumber: '2000004', credited: 500, outstanding: activatedOrder.outstanding - 500, lastCreditedAt: '2026-11-01T00:00:00.000Z' };
  const index = new OrderIndex([...records, reduced], today, (record) => toSummary(record, today));

  it('lists orders whose latest credit, full or partial, was booked on or after that day', () => {
    // The credited fixture was credited on 10 November, the reduction at midnight on 1 November.
    expect(numbers(index, { creditedSince: '2026-11-01' })).toEqual(['2000003', '2000004']);
    expect(numbers(index, { creditedSince: '2026-11-02' })).toEqual(['2000003']);
    expect(numbers(index, { creditedSince: '2026-11-10' })).toEqual(['2000003']);
    expect(numbers(index, { creditedSince: '2026-11-11' })).toEqual([]);
  });
});

describe('sorting by due date and payment state', () => {
  const index = indexOn(today);

  it('sorts by due date with the orders that have none last, either way', () => {
    const ascending = numbers(index, { sort: 'dueDate', order: 'asc' });
    // Most days late first: the earliest due date. The paid and credited fixtures are due on 17 November (as late as 7 days).
    expect(ascending.slice(0, 3)).toEqual([numberOf(46), numberOf(45), numberOf(29)]);
    expect(ascending.at(-1)).toBe('2000002');
    const descending = numbers(index, { sort: 'dueDate', order: 'desc' });
    expect(descending.slice(0, 2)).toEqual([numberOf(-4), numberOf(-1)]);
    expect(descending.at(-1)).toBe('2000002');
  });

  it('sorts payment states in life-cycle order, those without one last', () => {
    const states = index.page({ ...everything, sort: 'paymentState', order: 'asc' }).items.map((row) => row.paymentState);
    expect(states).toEqual(['not-due', 'not-due', 'due', 'overdue', 'overdue', 'reminder-1', 'reminder-1', 'reminder-2', 'reminder-2', 'collection', 'paid', null, null]);
  });
});
