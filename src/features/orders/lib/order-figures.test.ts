import { documentDay, lineState, orderTotals, remainingQuantity } from './order-figures';

const line = {
  id: 'l1',
  articleNumber: 'A-1',
  title: 'Lamp',
  quantity: 3,
  unitPrice: 12100,
  discount: 0,
  vatRate: 21,
  lineTotal: 36300,
  shipDate: null,
  quantityShipped: 0,
  quantityInvoiced: 0,
  quantityCancelled: 0,
  quantityReturned: 0,
};

describe('order figures', () => {
  it('reads a line as open, shipped or invoiced', () => {
    expect(lineState(line, 'created')).toBe('open');
    expect(lineState({ ...line, quantityShipped: 1 }, 'created')).toBe('shipped');
    expect(lineState({ ...line, quantityShipped: 3, quantityInvoiced: 3 }, 'activated')).toBe('invoiced');
    expect(lineState({ ...line, quantityShipped: 3, quantityInvoiced: 3 }, 'paid')).toBe('invoiced');
  });

  it('reads what came back or was cancelled rather than what was shipped', () => {
    const invoiced = { ...line, quantityShipped: 3, quantityInvoiced: 3 };
    expect(lineState({ ...invoiced, quantityReturned: 3 }, 'credited')).toBe('returned');
    expect(lineState({ ...invoiced, quantityReturned: 1 }, 'activated')).toBe('partly-returned');
    expect(lineState({ ...invoiced, quantityReturned: 1, quantityCancelled: 2 }, 'credited')).toBe('partly-returned');
    expect(lineState({ ...invoiced, quantityCancelled: 3 }, 'credited')).toBe('cancelled');
    expect(lineState({ ...line, quantityCancelled: 3 }, 'cancelled')).toBe('cancelled');
    // An expired order keeps its lines' counts: its status tells.
    expect(lineState(line, 'cancelled')).toBe('cancelled');
  });

  it('counts what can still come back of a line', () => {
    expect(remainingQuantity({ ...line, quantityReturned: 1, quantityCancelled: 1 })).toBe(1);
    expect(remainingQuantity({ ...line, quantityReturned: 3 })).toBe(0);
  });

  it('adds the items up, keeps the API totals, and counts the VAT as the invoice does, the shipping fee’s included', () => {
    const totals = orderTotals({ lines: [line, { ...line, id: 'l2', lineTotal: 1000, vatRate: 0 }], shippingFee: 495, total: 37795, credited: 0, outstanding: 37795 });
    // 363.00 + 4.95 of shipping at 21 %: 367.95 gross, 304.09 net, 63.86 VAT.
    expect(totals).toEqual({ items: 37300, shippingFee: 495, vat: 6386, total: 37795, credited: 0, outstanding: 37795 });
  });
});

describe("a document's day", () => {
  it('is the UTC day of its issue, as its PDF prints it, whatever the clock of the reader', () => {
    // 00:40 in Brussels on 8 December is 23:40 UTC on the 7th.
    expect(documentDay({ issuedAt: '2026-12-07T23:40:00.000Z' })).toBe('2026-12-07');
    expect(documentDay({ issuedAt: '2026-12-08T00:40:00+01:00' })).toBe('2026-12-07');
    expect(documentDay({ issuedAt: '2026-12-08T09:00:00.000Z' })).toBe('2026-12-08');
  });
});
