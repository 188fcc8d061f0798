import { referencedOrderNumber } from '@/contract/support';
import { extensionRefusal, orderNamedBy } from './extension-range';

const order = {
  orderNumber: '1000042',
  paymentReference: 'BP1000042/3333',
  status: 'activated',
  dueDate: '2026-12-08',
  agreedDueDate: null,
  dueDateExtension: { from: '2026-12-09', to: '2027-01-07' },
} as const;

describe('why a due date cannot be moved', () => {
  it('is nothing for an activated order the API offers days for', () => {
    expect(extensionRefusal(order)).toBeNull();
  });

  it('is that the order has been due too long when the API offers no day left', () => {
    expect(extensionRefusal({ ...order, dueDateExtension: null })).toBe('too-late');
    // Moved once to an earlier day, and due since longer than the provider allows.
    expect(extensionRefusal({ ...order, agreedDueDate: '2026-12-20', dueDateExtension: null })).toBe('too-late');
  });

  it('is that the provider already moved it to the latest day it allows', () => {
    expect(extensionRefusal({ ...order, agreedDueDate: '2027-01-07', dueDateExtension: null })).toBe('at-limit');
  });

  it('is that there is nothing to pay for an order not activated, or paid, cancelled or credited', () => {
    expect(extensionRefusal({ status: 'created', dueDate: null, agreedDueDate: null, dueDateExtension: null })).toBe('nothing-to-pay');
    for (const status of ['paid', 'cancelled', 'credited'] as const) expect(extensionRefusal({ ...order, status, dueDateExtension: null }), status).toBe('nothing-to-pay');
  });
});

describe('the order a reference names', () => {
  it('is read from an order number or a payment reference of the merchant, spaces and case aside', () => {
    expect(referencedOrderNumber('1000042', '3333')).toBe('1000042');
    expect(referencedOrderNumber(' bp 1000042 / 3333 ', '3333')).toBe('1000042');
    expect(referencedOrderNumber('BP1000042/4711', '3333')).toBeNull();
    expect(referencedOrderNumber('order 1000042', '3333')).toBeNull();
    expect(referencedOrderNumber('', '3333')).toBeNull();
    expect(referencedOrderNumber('BP1000042', '3333')).toBe('1000042');
  });

  it('is the given order only when the reference names it', () => {
    expect(orderNamedBy(order, ' bp1000042/3333 ')).toBe(order);
    expect(orderNamedBy(order, '1000042')).toBe(order);
    expect(orderNamedBy(order, 'BP1000042')).toBe(order);
    expect(orderNamedBy(order, '1000043')).toBeUndefined();
    expect(orderNamedBy(undefined, '1000042')).toBeUndefined();
  });
});
