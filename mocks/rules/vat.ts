import { sumCents } from './money';

// How a credit is shared over an order's VAT rates; the VAT of documents is in @/contract/vat.

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

/** A gross amount at one VAT rate. */
export interface RateAmount {
  rate: number;
  gross: number;
}

/** A credit note: its amount, and for a return the value of the items it takes back, at their lines' rates. */
export interface Credit {
  amount: number;
  returned: readonly RateAmount[] | null;
}

/** `shares` with none over what its rate has left; what they would have passed goes to the rates with room, in order. */
function withinLeft(shares: readonly number[], left: readonly number[]): number[] {
  const kept = shares.map((share, index) => Math.min(share, left[index] ?? 0));
  let over = sumCents(shares) - sumCents(kept);
  for (let index = 0; index < kept.length && over > 0; index += 1) {
    const added = Math.min((left[index] ?? 0) - kept[index]!, over);
    kept[index]! += added;
    over -= added;
  }
  return kept;
}

/**
 * How each of an order's credit notes, in the order they were issued, splits over the VAT rates
 * the invoice charged: returned items at their lines' rates (and what a return credits beyond them,
 * the shipping fee given back with the last items, over what each rate has left), an amount in
 * proportion to what each rate still has open. No rate is ever credited more than it has left,
 * and a credit of all that is left takes exactly each rate's rest: once an order is credited in
 * full, each rate's VAT is given back to the cent. In whole cents adding up to each credit.
 */
export function creditsByRate(invoiced: readonly RateAmount[], credits: readonly Credit[]): RateAmount[][] {
  const open = new Map<number, number>();
  for (const { rate, gross } of invoiced) open.set(rate, (open.get(rate) ?? 0) + gross);
  const rates = [...open.keys()];
  return credits.map(({ amount, returned }) => {
    const left = rates.map((rate) => open.get(rate) ?? 0);
    let shares: number[];
    if (amount >= sumCents(left)) {
      shares = left.map((rest, index) => (index === 0 ? rest + amount - sumCents(left) : rest));
    } else if (returned) {
      const items = rates.map((rate) => sumCents(returned.filter((item) => item.rate === rate).map((item) => item.gross)));
      const beyond = amount - sumCents(items);
      // Capped at what the order had outstanding, a return gives back less than its items' value.
      const itemShares = beyond >= 0 ? items : shareOut(amount, items);
      const restLeft = left.map((rest, index) => Math.max(0, rest - (itemShares[index] ?? 0)));
      const beyondShares = beyond > 0 ? shareOut(beyond, restLeft) : rates.map(() => 0);
      shares = withinLeft(itemShares.map((share, index) => share + (beyondShares[index] ?? 0)), left);
    } else {
      shares = withinLeft(shareOut(amount, left), left);
    }
    rates.forEach((rate, index) => open.set(rate, (left[index] ?? 0) - (shares[index] ?? 0)));
    return rates.map((rate, index) => ({ rate, gross: shares[index] ?? 0 })).filter((share) => share.gross !== 0);
  });
}
