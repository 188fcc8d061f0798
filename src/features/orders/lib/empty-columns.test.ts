import { columnsEmptyUnder } from './empty-columns';
import { defaultListParams, type OrderListParams } from './list-params';

const under = (change: Partial<OrderListParams>) => columnsEmptyUnder({ ...defaultListParams, ...change });

describe('the columns no order can fill under the filters', () => {
  it('are none without a filter on status, payment, expiry or credit', () => {
    expect(under({})).toEqual([]);
    expect(under({ q: 'Dubois', country: ['BE'] })).toEqual([]);
  });

  it('leave out expiry and activation where no created order can show', () => {
    expect(under({ paymentState: ['overdue', 'reminder-1'] })).toEqual(['daysToExpiry', 'actions']);
    expect(under({ overdueByMoreThanDays: 30 })).toEqual(['daysToExpiry', 'actions']);
    expect(under({ status: ['activated', 'paid'] })).toEqual(['daysToExpiry', 'actions']);
    expect(under({ creditedSince: '2026-12-01' })).toEqual(['daysToExpiry', 'actions']);
  });

  it('leave out payment and due date where only orders never activated can show', () => {
    expect(under({ status: ['created'] })).toEqual(['paymentState', 'dueDate']);
    expect(under({ expiresWithinDays: 7 })).toEqual(['paymentState', 'dueDate']);
    expect(under({ status: ['cancelled'] })).toEqual(['daysToExpiry', 'actions', 'paymentState', 'dueDate']);
  });

  it('leave out the due date with the payment state for credited orders, which owe nothing', () => {
    expect(under({ status: ['credited'] })).toEqual(['daysToExpiry', 'actions', 'paymentState', 'dueDate']);
  });

  it('keep every column a mix of statuses can fill', () => {
    expect(under({ status: ['created', 'activated'] })).toEqual([]);
  });
});
