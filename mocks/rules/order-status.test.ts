import { daysToExpiry, dueDateExtension, effectiveStatus, expiresAt, latestExpiry, paymentStateOn, paymentState } from './order-status';

describe('expiry', () => {
  const order = { status: 'created' as const, orderDate: '2026-12-31T10:15:00.000Z', expiryExtended: false };

  it('expires two calendar months after the order date, on the month end when needed', () => {
    expect(expiresAt(order)).toBe('2027-02-28');
  });

  it('counts the days left and keeps the order created on its expiry day', () => {
    expect(daysToExpiry(order, '2027-02-21')).toBe(7);
    expect(daysToExpiry(order, '2027-02-28')).toBe(0);
    expect(effectiveStatus(order, '2027-02-28')).toBe('created');
  });

  it('cancels the order from the day after, and then it has no days left', () => {
    expect(effectiveStatus(order, '2027-03-01')).toBe('cancelled');
    expect(daysToExpiry(order, '2027-03-01')).toBeNull();
  });

  it('never expires an order that was activated or cancelled', () => {
    expect(effectiveStatus({ ...order, status: 'activated' }, '2027-06-01')).toBe('activated');
    expect(daysToExpiry({ ...order, status: 'activated' }, '2027-01-05')).toBeNull();
  });

  it('once extended, expires 30 days after the two months: the provider’s limit', () => {
    const extended = { ...order, expiryExtended: true };
    expect(latestExpiry(order.orderDate)).toBe('2027-03-30');
    expect(expiresAt(extended)).toBe('2027-03-30');
    expect(daysToExpiry(extended, '2027-02-28')).toBe(30);
    expect(effectiveStatus(extended, '2027-03-30')).toBe('created');
    expect(effectiveStatus(extended, '2027-03-31')).toBe('cancelled');
  });
});

describe('payment state', () => {
  const due = '2026-11-20';

  it.each([
    ['2026-11-16', 'not-due'],
    ['2026-11-19', 'not-due'],
    ['2026-11-20', 'due'],
    ['2026-11-21', 'overdue'],
    ['2026-12-04', 'overdue'],
    ['2026-12-05', 'reminder-1'],
    ['2026-12-18', 'reminder-1'],
    ['2026-12-19', 'reminder-2'],
    ['2027-01-04', 'reminder-2'],
    ['2027-01-05', 'collection'],
  ])('on %s it is %s', (today, expected) => {
    expect(paymentStateOn(due, today)).toBe(expected);
  });

  it('is paid for paid orders and absent for orders that are not activated', () => {
    expect(paymentState('paid', due, '2027-01-05')).toBe('paid');
    expect(paymentState('created', null, '2027-01-05')).toBeNull();
    expect(paymentState('credited', due, '2027-01-05')).toBeNull();
  });
});

describe('the days a later due date may be asked for', () => {
  it('start the day after the due date, or tomorrow once it has passed, and end 30 days after it', () => {
    expect(dueDateExtension('activated', '2026-12-08', '2026-11-24')).toEqual({ from: '2026-12-09', to: '2027-01-07' });
    expect(dueDateExtension('activated', '2026-12-08', '2026-12-20')).toEqual({ from: '2026-12-21', to: '2027-01-07' });
    expect(dueDateExtension('activated', '2026-12-08', '2027-01-06')).toEqual({ from: '2027-01-07', to: '2027-01-07' });
  });

  it('are none from the 30th day after the due date on, nor for an order with no due date to move', () => {
    expect(dueDateExtension('activated', '2026-12-08', '2027-01-07')).toBeNull();
    expect(dueDateExtension('created', null, '2026-11-24')).toBeNull();
    for (const status of ['paid', 'cancelled', 'credited'] as const) expect(dueDateExtension(status, '2026-12-08', '2026-11-24'), status).toBeNull();
  });
});
