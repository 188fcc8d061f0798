import { extensionRange, extensionRangeFor } from './extension-range';

const order = { orderNumber: '1000042', paymentReference: 'BP1000042/3333', dueDate: '2026-12-08' };

describe('the days a later due date may be asked for', () => {
  it('start the day after the due date and end 30 days after it', () => {
    expect(extensionRange(order, '2026-11-24')).toEqual({ min: '2026-12-09', max: '2027-01-07' });
  });

  it('start tomorrow when the due date has passed, and do not exist before activation', () => {
    expect(extensionRange(order, '2026-12-20')).toEqual({ min: '2026-12-21', max: '2027-01-07' });
    expect(extensionRange({ dueDate: null })).toBeNull();
  });

  it('are those of the order the form names, by its number or payment reference in any case', () => {
    expect(extensionRangeFor(order, ' bp1000042/3333 ')).not.toBeNull();
    expect(extensionRangeFor(order, '1000042')).not.toBeNull();
    expect(extensionRangeFor(order, '1000043')).toBeNull();
    expect(extensionRangeFor(undefined, '1000042')).toBeNull();
  });
});
