import { invoicedByRate, vatSummary } from './vat';

describe('the VAT summary of a document', () => {
  it('splits each rate’s gross into net and VAT that add up to it, highest rate first', () => {
    const rows = vatSummary([
      { rate: 6, gross: 1_060 },
      { rate: 21, gross: 12_100 },
      { rate: 21, gross: 995 },
    ]);
    expect(rows).toEqual([
      { rate: 21, net: 10_822, vat: 2_273, gross: 13_095 },
      { rate: 6, net: 1_000, vat: 60, gross: 1_060 },
    ]);
    for (const row of rows) expect(row.net + row.vat).toBe(row.gross);
  });

  it('handles Swiss rates with a decimal', () => {
    expect(vatSummary([{ rate: 8.1, gross: 10_810 }])).toEqual([{ rate: 8.1, net: 10_000, vat: 810, gross: 10_810 }]);
  });
});

describe('what an order invoices at each rate', () => {
  it('is each line at its own rate and the shipping fee at the highest', () => {
    const lines = [
      { vatRate: 6, lineTotal: 1_060 },
      { vatRate: 21, lineTotal: 12_100 },
    ];
    expect(invoicedByRate({ lines, shippingFee: 495 })).toEqual([
      { rate: 6, gross: 1_060 },
      { rate: 21, gross: 12_100 },
      { rate: 21, gross: 495 },
    ]);
  });
});
