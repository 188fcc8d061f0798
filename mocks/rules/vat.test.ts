import { shareOut } from './vat';

describe('sharing an amount out', () => {
  it('gives whole cents in proportion that add up exactly', () => {
    expect(shareOut(1_000, [1, 1, 1])).toEqual([334, 333, 333]);
    expect(shareOut(500, [12_100, 1_060])).toEqual([460, 40]);
    expect(shareOut(7, [0, 0])).toEqual([7, 0]);
    const shares = shareOut(99_999, [3, 7, 11, 13]);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(99_999);
  });
});
