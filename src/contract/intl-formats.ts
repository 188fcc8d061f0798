// Making an Intl formatter costs many times more than using one, and a page of orders or an export
// of 100,000 writes amounts and days by the hundred thousand: the app and the backend both take
// each formatter from here, made once per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function made<Format, Options>(cache: Map<string, Format>, locale: string, options: Options, make: (locale: string, options: Options) => Format): Format {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = make(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** `new Intl.NumberFormat(locale, options)`, made once. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) => made(numberFormats, locale, options, (...args) => new Intl.NumberFormat(...args));

/** `new Intl.DateTimeFormat(locale, options)`, made once. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}) => made(dateTimeFormats, locale, options, (...args) => new Intl.DateTimeFormat(...args));

/**
 * Integer cents as `locale` writes money of `currency`: "€1,234.56", "1.234,56 €", "CHF 1'234.56".
 * Where a locale puts the minus straight after a currency written before the amount (de-CH and
 * en-CH write "CHF-12.50", which reads as a hyphen), the amount keeps the space it has when
 * positive: "CHF -12.50", as Swiss statements write it.
 */
export function writeMoney(cents: number, currency: string, locale: string): string {
  const format = numberFormat(locale, { style: 'currency', currency });
  // A negated zero (nothing credited, shown as a deduction) would read "-€0.00".
  if (cents >= 0) return format.format(cents === 0 ? 0 : cents / 100);
  const parts = format.formatToParts(cents / 100);
  const sign = parts.findIndex((part) => part.type === 'minusSign');
  if (sign < 1 || parts[sign - 1]!.type !== 'currency') return format.format(cents / 100);
  const space = format.formatToParts(1).find((part) => part.type === 'literal')?.value ?? '\u00a0';
  return [...parts.slice(0, sign), { value: space }, ...parts.slice(sign)].map((part) => part.value).join('');
}

const amountParts = new Set<Intl.NumberFormatPartTypes>(['minusSign', 'integer', 'group', 'decimal', 'fraction']);

/**
 * An amount in cents written the way `locale` writes money of `currency`, without the currency,
 * e.g. 123450 → "1.234,50" (de-DE, EUR), "1'234.50" (fr-CH, CHF). Its separators are those of the
 * money, not of plain numbers (fr-CH writes 1'234,5 but 1'234.50 CHF): an amount sits next to money.
 */
export function writeAmount(cents: number, locale: string, currency: string): string {
  const parts = numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).formatToParts(cents / 100);
  return parts
    .filter((part) => amountParts.has(part.type))
    .map((part) => part.value)
    .join('');
}
