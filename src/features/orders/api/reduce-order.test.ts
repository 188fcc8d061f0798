import { reduceFormSchema } from './reduce-order';

const line = {
  id: 'l1',
  articleNumber: 'A-1',
  title: 'Lamp',
  quantity: 2,
  unitPrice: 5000,
  discount: 0,
  vatRate: 21,
  lineTotal: 10000,
  shipDate: null,
  quantityShipped: 2,
  quantityInvoiced: 2,
  quantityCancelled: 0,
  quantityReturned: 1,
};
const schema = reduceFormSchema({ lines: [line], outstanding: 5495, currency: 'EUR' }, 'de-DE');
const messages = (value: unknown) =>
  Object.fromEntries(schema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? []);

describe('the partial-cancel form', () => {
  it('shows every problem at once: the amount and the missing reason', () => {
    expect(messages({ method: 'amount', amount: '', reasonText: '', lines: [] })).toEqual({
      amount: 'orders:validation.amountPositive',
      reasonChoice: 'orders:validation.reasonRequired',
    });
  });

  it('refuses an amount above what is outstanding, and accepts one up to it', () => {
    const base = { method: 'amount', reasonChoice: 'damaged', reasonText: '', lines: [] };
    expect(messages({ ...base, amount: '54,96' })).toEqual({ amount: 'orders:validation.amountAboveOutstanding' });
    expect(schema.safeParse({ ...base, amount: '54,95' }).success).toBe(true);
    expect(schema.safeParse({ ...base, amount: '54.95' }).success).toBe(true);
  });

  it('reads the amount the way German writes it, and asks rather than guess', () => {
    const base = { method: 'amount', reasonChoice: 'damaged', reasonText: '', lines: [] };
    const big = reduceFormSchema({ lines: [line], outstanding: 500_000, currency: 'EUR' }, 'de-DE');
    expect(big.safeParse({ ...base, amount: '1.234,50' }).success).toBe(true);
    const bigMessages = (amount: string) => big.safeParse({ ...base, amount }).error?.issues.map((issue) => issue.message);
    expect(bigMessages('1,234')).toEqual(['orders:validation.amountAmbiguous']);
    expect(bigMessages('12,3456')).toEqual(['orders:validation.amountTooPrecise']);
    expect(bigMessages('0,001')).toEqual(['orders:validation.amountTooPrecise']);
    expect(bigMessages('zwölf')).toEqual(['orders:validation.amountNotNumber']);
    expect(bigMessages('-3')).toEqual(['orders:validation.amountPositive']);
  });

  it("refuses more units than remain on a line; a returned line without a reason of its own takes the return's", () => {
    const base = { method: 'lines', amount: '', reasonChoice: 'other', reasonText: 'Batch recall' };
    expect(messages({ ...base, lines: [{ lineId: 'l1', quantity: 2, reason: 'damaged' }] })).toEqual({
      'lines.0.quantity': 'orders:validation.quantityAboveRemaining',
    });
    expect(schema.safeParse({ ...base, lines: [{ lineId: 'l1', quantity: 1, reason: '' }] }).success).toBe(true);
    expect(messages({ ...base, lines: [{ lineId: 'l1', quantity: 0, reason: '' }] })).toEqual({ lines: 'orders:validation.noLineChosen' });
  });

  it('asks for a note when the reason is "other"', () => {
    expect(messages({ method: 'amount', amount: '5', reasonChoice: 'other', reasonText: '  ', lines: [] })).toEqual({
      reasonText: 'orders:validation.reasonTextRequired',
    });
  });

  it('takes the reasons of a return for returned items, and the cancel reasons for an amount', () => {
    const returned = { method: 'lines', amount: '', reasonText: '', lines: [{ lineId: 'l1', quantity: 1, reason: 'wrong-size' }] };
    expect(schema.safeParse({ ...returned, reasonChoice: 'changed-mind' }).success).toBe(true);
    expect(messages({ ...returned, reasonChoice: 'duplicate' })).toEqual({ reasonChoice: 'orders:validation.reasonRequired' });
    expect(messages({ ...returned, reasonChoice: 'defective', lines: [{ lineId: 'l1', quantity: 1, reason: 'out-of-stock' }] })).toEqual({
      'lines.0.reason': 'orders:validation.lineReasonUnknown',
    });
    // A line has no note to say what "other" is: the return's reason and note say it.
    expect(messages({ ...returned, reasonChoice: 'defective', lines: [{ lineId: 'l1', quantity: 1, reason: 'other' }] })).toEqual({
      'lines.0.reason': 'orders:validation.lineReasonUnknown',
    });
    expect(messages({ method: 'amount', amount: '5', reasonChoice: 'changed-mind', reasonText: '', lines: [] })).toEqual({
      reasonChoice: 'orders:validation.reasonRequired',
    });
  });
});
