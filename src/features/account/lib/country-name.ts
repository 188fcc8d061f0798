import type { Country } from '@/contract/common';
import { localeOf } from '@/lib/i18n';

/** A market's name in the user's language, e.g. "Belgique" for BE in French. */
export function countryName(country: Country, language: string): string {
  return new Intl.DisplayNames([localeOf(language)], { type: 'region' }).of(country) ?? country;
}
