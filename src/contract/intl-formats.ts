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
