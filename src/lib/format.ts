import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country } from '@/contract/common';
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
  if (!country) return localeOf(language);
  if (language === 'en') return country === 'CH' ? 'en-CH' : localeOf(language);
  return `${localeOf(language).split('-')[0]}-${country}`;
}

/** Integer cents to a localised amount, e.g. 123456 EUR → "€1,234.56" or "1.234,56 €". */
export const formatMoney = writeMoney;

/** A date (YYYY-MM-DD) or datetime to a short localised date, without shifting the day by time zone. */
export function formatDate(value: string, locale: string): string {
  const date = value.length === 10 ? new Date(`${value}T00:00:00Z`) : new Date(value);
  return dateTimeFormat(locale, value.length === 10 ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium' }).format(date);
}

export function formatDateTime(value: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
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
  const locale = regionalLocale(i18n.language, useContext(MerchantCountryContext));
  return {
    locale,
    money: (cents: number, currency: string) => formatMoney(cents, currency, locale),
    date: (value: string) => formatDate(value, locale),
    dateTime: (value: string) => formatDateTime(value, locale),
    number: (value: number) => formatNumber(value, locale),
    percent: (ratePercent: number) => formatPercent(ratePercent, locale),
  };
}
