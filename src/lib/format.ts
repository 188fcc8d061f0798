import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { merchantTimeZone, type Country } from '@/contract/common';
import { dateTimeFormat, numberFormat, writeMoney } from '@/contract/intl-formats';
import { localeOf } from '@/lib/i18n';

/** The signed-in merchant's country: money and dates are written the way its region writes them. */
const MerchantCountryContext = createContext<Country | null>(null);
export const MerchantCountryProvider = MerchantCountryContext.Provider;

/**
 * The locale of the user's language in the merchant's region: a Swiss merchant reads
 * "CHF 11’802.98" in German and "11’802.98 CHF" in French, a Belgian one "11.802,98 €" in Dutch
 * and "11 802,98 €" in French. English keeps its British form outside Switzerland.
 */
export function regionalLocale(language: string, country: Country | null): string {
  if (language === 'en' && country !== 'CH') return localeOf(language);
  return spreadsheetLocale(language, country);
}

/**
 * The locale a spreadsheet on the merchant's computers reads numbers by: the language with the
 * merchant's region, in English too (a Belgian spreadsheet takes "12,50" whatever its menus' language).
 */
export function spreadsheetLocale(language: string, country: Country | null): string {
  return country ? `${localeOf(language).split('-')[0]}-${country}` : localeOf(language);
}

/** Integer cents to a localised amount, e.g. 123456 EUR → "€1,234.56" or "1.234,56 €". */
export const formatMoney = writeMoney;

/**
 * A date (YYYY-MM-DD) or datetime to a short localised date, a date without shifting its day by
 * time zone, a datetime on the day it was in `timeZone` (the device's when none is given).
 */
export function formatDate(value: string, locale: string, timeZone?: string): string {
  const date = value.length === 10 ? new Date(`${value}T00:00:00Z`) : new Date(value);
  return dateTimeFormat(locale, value.length === 10 ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone }).format(date);
}

/** Two dates (YYYY-MM-DD) as one span, written as short as `locale` allows: "23–29 nov. 2026" in French. */
export function formatDateRange(from: string, to: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
}

/**
 * A datetime as the clock in `timeZone` read it (the device's when none is given); `withZone` names
 * the zone, for a time read beside others of another clock.
 */
export function formatDateTime(value: string, locale: string, timeZone?: string, withZone = false): string {
  const options: Intl.DateTimeFormatOptions = withZone
    ? { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone }
    : { dateStyle: 'medium', timeStyle: 'short', timeZone };
  return dateTimeFormat(locale, options).format(new Date(value));
}

export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/** A percent rate such as 21 or 5.5 (not a fraction) to "21 %" / "21%" as the locale writes it. */
export function formatPercent(ratePercent: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(ratePercent / 100);
}

/** Formatters bound to the language the user chose, in the merchant's region. */
export function useFormat() {
  const { i18n } = useTranslation();
  const country = useContext(MerchantCountryContext);
  const locale = regionalLocale(i18n.language, country);
  // Times as the merchant's clock reads them, as its exports give them, wherever the reader is.
  const timeZone = country ? merchantTimeZone(country) : undefined;
  return {
    /** The merchant's country, for words a country has its own of (a Swiss "MWST-Nr."); null outside a merchant's pages. */
    country,
    locale,
    spreadsheetLocale: spreadsheetLocale(i18n.language, country),
    money: (cents: number, currency: string) => formatMoney(cents, currency, locale),
    date: (value: string) => formatDate(value, locale, timeZone),
    dateRange: (from: string, to: string) => formatDateRange(from, to, locale),
    dateTime: (value: string) => formatDateTime(value, locale, timeZone),
    /** The same, naming its time zone. */
    dateTimeWithZone: (value: string) => formatDateTime(value, locale, timeZone, true),
    number: (value: number) => formatNumber(value, locale),
    percent: (ratePercent: number) => formatPercent(ratePercent, locale),
  };
}
