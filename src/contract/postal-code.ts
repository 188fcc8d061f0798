import type { Country } from './common';

// Postal codes of the markets, in each country's format, shared by the billing details form and the
// backend: the address is printed as the seller on every invoice. Spaces around are ignored, and a
// Dutch code's letters may be typed small or without the space.

const patterns: Record<Country, RegExp> = {
  BE: /^[1-9]\d{3}$/,
  // Four digits, then two letters; SA, SD and SS are never given out.
  NL: /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/,
  DE: /^\d{5}$/,
  AT: /^[1-9]\d{3}$/,
  CH: /^[1-9]\d{3}$/,
  FR: /^\d{5}$/,
};

/** A valid code of each country, as the forms show it for an example. */
export const postalCodeExamples: Record<Country, string> = {
  BE: '1000',
  NL: '1012 AB',
  DE: '10115',
  AT: '1010',
  CH: '8001',
  FR: '75001',
};

export function isValidPostalCode(country: Country, value: string): boolean {
  return patterns[country].test(value.trim().toUpperCase());
}

/** How a valid code is kept and printed: a Dutch one in capitals with its space. */
export function canonicalPostalCode(country: Country, value: string): string {
  const code = value.trim().toUpperCase();
  return country === 'NL' ? `${code.slice(0, 4)} ${code.slice(-2)}` : code;
}
