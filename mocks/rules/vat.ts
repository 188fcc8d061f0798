// VAT on documents: prices are gross (VAT included), so each rate's net and VAT are worked back
// from its gross amount, rounded to the cent, and net + VAT always make the gross again.

export interface VatRow {
  /** Percent, e.g. 21 or 8.1. */
  rate: number;
  net: number;
  vat: number;
  gross: number;
}

/** Gross amounts per VAT rate, summed per rate and split into net and VAT; highest rate first. */
export function vatSummary(amounts: readonly { rate: number; gross: number }[]): VatRow[] {
  const byRate = new Map<number, number>();
  for (const { rate, gross } of amounts) byRate.set(rate, (byRate.get(rate) ?? 0) + gross);
  return [...byRate]
    .sort(([a], [b]) => b - a)
    .map(([rate, gross]) => {
      const net = Math.round((gross * 100) / (100 + rate));
      return { rate, net, vat: gross - net, gross };
    });
}

/**
 * `amount` shared over `weights` in proportion, in whole cents that add up to it exactly (the
 * largest remainders get the leftover cents): how a credit of an amount splits over the VAT rates.
 */
export function shareOut(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return weights.map((_, index) => (index === 0 ? amount : 0));
  const exact = weights.map((weight) => (amount * weight) / total);
  const shares = exact.map(Math.floor);
  let left = amount - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}
