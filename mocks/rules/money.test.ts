import { centsToDecimal, lineTotal, percentOf } from './money';

describe('money', () => {
  it('writes cents as decimals with a dot', () => {
    expect(centsToDecimal(1250)).toBe('12.50');
    expect(centsToDecimal(5)).toBe('0.05');
    expect(centsToDecimal(0)).toBe('0.00');
    expect(centsToDecimal(-1999)).toBe('-19.99');
  });

  it('computes line totals and rounded shares in whole cents', () => {
    expect(lineTotal(3, 995, 299)).toBe(2686);
    expect(percentOf(2985, 10)).toBe(299);
  });
});
