import { shareOut, vatSummary } from './vat';

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

describe('sharing an amount out', () => {
  it('gives whole cents in proportion that add up exactly', () => {
    expect(shareOut(1_000, [1, 1, 1])).toEqual([334, 333, 333]);
    expect(shareOut(500, [12_100, 1_060])).toEqual([460, 40]);
    expect(shareOut(7, [0, 0])).toEqual([7, 0]);
    const shares = shareOut(99_999, [3, 7, 11, 13]);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(99_999);
  });
});
