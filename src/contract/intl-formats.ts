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
