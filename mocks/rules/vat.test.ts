import { creditsByRate, shareOut } from './vat';

describe('sharing an amount out', () => {
  it('gives whole cents in proportion that add up exactly', () => {
    expect(shareOut(1_000, [1, 1, 1])).toEqual([334, 333, 333]);
    expect(shareOut(500, [12_100, 1_060])).toEqual([460, 40]);
    expect(shareOut(7, [0, 0])).toEqual([7, 0]);
    const shares = shareOut(99_999, [3, 7, 11, 13]);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(99_999);
  });
});

describe("an order's credit notes over its VAT rates", () => {
  // An invoice of €136.00 at 21 % and €35.00 at 9 %.
  const invoiced = [
    { rate: 21, gross: 13_600 },
    { rate: 9, gross: 3_500 },
  ];
  const byRate = (shares: readonly { rate: number; gross: number }[][]) => {
    const total = new Map<number, number>();
    for (const share of shares.flat()) total.set(share.rate, (total.get(share.rate) ?? 0) + share.gross);
    return Object.fromEntries(total);
  };

  it('give each rate back exactly what it invoiced once the order is credited in full, however the credits came', () => {
    const shares = creditsByRate(invoiced, [
      { amount: 1_234, returned: null },
      { amount: 100, returned: null },
      // The 9 % book (€35.00) and a vase (€40.00 at 21 %) come back.
      { amount: 7_500, returned: [{ rate: 9, gross: 3_500 }, { rate: 21, gross: 4_000 }] },
      { amount: 8_266, returned: null },
    ]);
    expect(shares.map((credit) => credit.reduce((total, share) => total + share.gross, 0))).toEqual([1_234, 100, 7_500, 8_266]);
    expect(byRate(shares)).toEqual({ 21: 13_600, 9: 3_500 });
    // The 9 % line was partly credited by the amounts before it came back: its rest is all it gives back,
    // and the last credit is all at 21 %, the only rate with anything left.
    expect(shares[2]!.find((share) => share.rate === 9)!.gross).toBeLessThan(3_500);
    expect(shares[3]).toEqual([{ rate: 21, gross: 8_266 }]);
  });

  it('share an amount in proportion to what each rate still has open', () => {
    const [, second] = creditsByRate(invoiced, [
      { amount: 3_500, returned: [{ rate: 9, gross: 3_500 }] },
      { amount: 1_000, returned: null },
    ]);
    expect(second).toEqual([{ rate: 21, gross: 1_000 }]);
  });

  it('give back a shipping fee returned with the last items at the rates that have it left', () => {
    const withShipping = [...invoiced, { rate: 21, gross: 495 }];
    const [last] = creditsByRate(withShipping, [{ amount: 17_595, returned: [{ rate: 21, gross: 13_600 }, { rate: 9, gross: 3_500 }] }]);
    expect(last).toEqual([
      { rate: 21, gross: 14_095 },
      { rate: 9, gross: 3_500 },
    ]);
  });

  it('give back no more than the credit when a return is capped at what was outstanding', () => {
    const [, capped] = creditsByRate(invoiced, [
      { amount: 10_000, returned: null },
      { amount: 7_100, returned: [{ rate: 21, gross: 13_600 }, { rate: 9, gross: 3_500 }] },
    ]);
    expect(capped!.reduce((total, share) => total + share.gross, 0)).toBe(7_100);
  });
});
