// Amounts are integer cents everywhere; only the CSV export shows decimals.

/** 1250 → "12.50", -5 → "-0.05". */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(Math.round(cents));
  const units = Math.floor(absolute / 100);
  const rest = String(absolute % 100).padStart(2, '0');
  return `${sign}${units}.${rest}`;
}

export function sumCents(amounts: readonly number[]): number {
  return amounts.reduce((sum, amount) => sum + amount, 0);
}

/** A share of an amount, rounded to whole cents. */
export function percentOf(cents: number, percent: number): number {
  return Math.round((cents * percent) / 100);
}

export function lineTotal(quantity: number, unitPrice: number, discount: number): number {
  return quantity * unitPrice - discount;
}
