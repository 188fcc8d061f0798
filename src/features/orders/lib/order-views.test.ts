import type { OrderView } from '@/contract/order-list';
import { parseListParams } from './list-params';
import { isCurrentView, viewSearch } from './order-views';

const overdue: OrderView = { id: 'overdue', query: { paymentState: 'overdue,reminder-1,reminder-2', sort: 'dueDate', order: 'asc' }, count: 12 };
const params = (search: string) => parseListParams(new URLSearchParams(search));

describe('a ready-made view of the list', () => {
  it('links to the list with its filters and sort', () => {
    expect(viewSearch(overdue).toString()).toBe('paymentState=overdue%2Creminder-1%2Creminder-2&sort=dueDate&order=asc');
  });

  it('keeps the rows to a page the list shows', () => {
    expect(viewSearch(overdue, 100).toString()).toBe('paymentState=overdue%2Creminder-1%2Creminder-2&sort=dueDate&order=asc&pageSize=100');
    expect(viewSearch(overdue, 25).toString()).toBe('paymentState=overdue%2Creminder-1%2Creminder-2&sort=dueDate&order=asc');
  });

  it('is the current one when the filters are its own, whatever the sort, page or order of the values', () => {
    expect(isCurrentView(overdue, params(viewSearch(overdue).toString()))).toBe(true);
    expect(isCurrentView(overdue, params('paymentState=reminder-2,overdue,reminder-1&sort=total&page=3'))).toBe(true);
  });

  it('is not the current one with a filter more or less', () => {
    expect(isCurrentView(overdue, params('paymentState=overdue,reminder-1'))).toBe(false);
    expect(isCurrentView(overdue, params('paymentState=overdue,reminder-1,reminder-2&country=BE'))).toBe(false);
    expect(isCurrentView(overdue, params(''))).toBe(false);
  });
});
