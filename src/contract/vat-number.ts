import type { Country } from './common';

// VAT numbers of the markets, checked against each country's format, shared by the billing details
// form and the backend. Spaces, dots and hyphens are how people group the digits: they are ignored.

const patterns: Record<Country, RegExp> = {
  BE: /^BE[01]\d{9}$/,
  NL: /^NL\d{9}B\d{2}$/,
  DE: /^DE\d{9}$/,
  AT: /^ATU\d{8}$/,
  // The Swiss UID with the tax it is registered for, in one of the national languages.
  CH: /^CHE\d{9}(MWST|TVA|IVA)$/,
  // Two check characters (digits or letters other than I and O), then the company's SIREN.
  FR: /^FR[0-9A-HJ-NP-Z]{2}\d{9}$/,
};

/** A well-formed number of each country, as the forms show it for an example. */
export const vatNumberExamples: Record<Country, string> = {
  BE: 'BE0123456749',
  NL: 'NL123456789B01',
  DE: 'DE123456789',
  AT: 'ATU12345678',
  CH: 'CHE-123.456.788 MWST',
  FR: 'FR32123456789',
};

/** The number without the separators people type, in capitals. */
export function compactVatNumber(value: string): string {
  return value.replace(/[\s.-]+/g, '').toUpperCase();
}

export function isValidVatNumber(country: Country, value: string): boolean {
  return patterns[country].test(compactVatNumber(value));
}

/** How a valid number is kept and printed: compact, except the Swiss one in its official grouping. */
export function canonicalVatNumber(country: Country, value: string): string {
  const compact = compactVatNumber(value);
  if (country !== 'CH') return compact;
  return `CHE-${compact.slice(3, 6)}.${compact.slice(6, 9)}.${compact.slice(9, 12)} ${compact.slice(12)}`;
}
