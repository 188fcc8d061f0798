// VAT as an order's documents and its page show it: prices are gross (VAT included), so each
// rate's net and VAT are worked back from its gross amount, rounded to the cent, and net + VAT
// always make the gross again. Shared, so that the invoice and the order's page give one figure.

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

/** What an order invoices at each VAT rate: each line at its own rate, the shipping fee at the highest of them. */
export function invoicedByRate(order: { lines: readonly { vatRate: number; lineTotal: number }[]; shippingFee: number }): { rate: number; gross: number }[] {
  const highest = Math.max(0, ...order.lines.map((line) => line.vatRate));
  return [...order.lines.map((line) => ({ rate: line.vatRate, gross: line.lineTotal })), { rate: highest, gross: order.shippingFee }];
}
