import { sortKeys } from '@/contract/orders';
import { SeededWorld } from '../db/seed';
import type { OrderCore } from './order-model';
import { OrderIndex, type OrderQuery } from './order-query';
import { toSummary } from './order-view';

// The index is given the world's records and summarises each order only when it is read.
const today = '2026-11-24';
const records = new SeededWorld({ seed: 7, ordersPerWorld: 400, anchor: today }, '3333', 'live').cores();
const summaries = records.map((record) => toSummary(record, today));
const firstPage: OrderQuery = { sort: 'orderDate', order: 'desc', page: 1, pageSize: 25 };

function countingIndex() {
  let summarised = 0;
  const index = new OrderIndex<OrderCore>(records, today, (record) => {
    summarised += 1;
    return toSummary(record, today);
  });
  return { index, summarised: () => summarised };
}

describe('an index summarising its orders when they are read', () => {
  it('lists, sorts and filters exactly as an index of summaries made up front', () => {
    const lazy = new OrderIndex<OrderCore>(records, today, (record) => toSummary(record, today));
    const upFront = new OrderIndex(summaries, today, (summary) => summary);
    const queries: Partial<OrderQuery>[] = [
      ...sortKeys.flatMap((sort) => [{ sort, order: 'asc' as const }, { sort, order: 'desc' as const }]),
      { status: ['cancelled'], sort: 'orderDate', order: 'desc' },
      { paymentState: ['overdue', 'reminder-1'], country: ['BE'], sort: 'total', order: 'asc' },
      { q: 'an', expiresWithinDays: 20, sort: 'customerName', order: 'asc' },
    ];
    for (const query of queries) {
      const page = { ...firstPage, pageSize: 1_000, ...query };
      expect(upFront.page(page).total, JSON.stringify(query)).toBeGreaterThan(0);
      expect({ query, items: lazy.page(page).items }).toEqual({ query, items: upFront.page(page).items });
    }
  });

  it('summarises only the orders of a first page sorted by date, and all of them for a status filter', () => {
    const { index, summarised } = countingIndex();
    expect(index.page(firstPage).items).toEqual(summaries.toSorted((a, b) => b.orderDate.localeCompare(a.orderDate) || Number(b.orderNumber) - Number(a.orderNumber)).slice(0, 25));
    expect(summarised()).toBe(25);
    index.page({ ...firstPage, status: ['created'] });
    expect(summarised()).toBe(records.length);
  });

  it('summarises a changed order again, on the day the index shows', () => {
    const { index, summarised } = countingIndex();
    const [newest] = index.page({ ...firstPage, pageSize: 1 }).items;
    const record = records.find((candidate) => candidate.orderNumber === newest?.orderNumber) as OrderCore;
    index.replace({ ...record, total: record.total + 100 });
    expect(index.page({ ...firstPage, pageSize: 1 }).items[0]?.total).toBe(record.total + 100);
    expect(summarised()).toBe(2);
  });
});
