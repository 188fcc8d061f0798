import { canExtend, extensionRange, orderNamedBy, referencedOrderNumber } from './extension-range';

const order = { orderNumber: '1000042', paymentReference: 'BP1000042/3333', status: 'activated', dueDate: '2026-12-08' } as const;

describe('the days a later due date may be asked for', () => {
  it('start the day after the due date and end 30 days after it', () => {
    expect(extensionRange(order, '2026-11-24')).toEqual({ min: '2026-12-09', max: '2027-01-07' });
  });

  it('start tomorrow when the due date has passed', () => {
    expect(extensionRange(order, '2026-12-20')).toEqual({ min: '2026-12-21', max: '2027-01-07' });
  });

  it('do not exist for an order not activated, or paid, cancelled or credited: it has no due date to move', () => {
    expect(extensionRange({ status: 'created', dueDate: null })).toBeNull();
    for (const status of ['paid', 'cancelled', 'credited'] as const) {
      expect(canExtend({ status }), status).toBe(false);
      expect(extensionRange({ ...order, status }, '2026-11-24'), status).toBeNull();
    }
  });
});

describe('the order a reference names', () => {
  it('is read from an order number or a payment reference of the merchant, spaces and case aside', () => {
    expect(referencedOrderNumber('1000042', '3333')).toBe('1000042');
    expect(referencedOrderNumber(' bp 1000042 / 3333 ', '3333')).toBe('1000042');
    expect(referencedOrderNumber('BP1000042/4711', '3333')).toBeNull();
    expect(referencedOrderNumber('order 1000042', '3333')).toBeNull();
    expect(referencedOrderNumber('', '3333')).toBeNull();
  });

  it('is the given order only when the reference names it', () => {
    expect(orderNamedBy(order, ' bp1000042/3333 ')).toBe(order);
    expect(orderNamedBy(order, '1000042')).toBe(order);
    expect(orderNamedBy(order, '1000043')).toBeUndefined();
    expect(orderNamedBy(undefined, '1000042')).toBeUndefined();
  });
});
