import type { Country } from './common';

// VAT numbers of the markets, checked against each country's format and, where the country has
// one, its check digits, shared by the billing details form and the backend. They are printed as the
// seller on every invoice, so a mistyped digit must not get through. Spaces, dots and hyphens are
// how people group the digits: they are ignored.

/** The letters a number of the country starts with. */
export const vatNumberPrefixes: Record<Country, string> = { BE: 'BE', NL: 'NL', DE: 'DE', AT: 'ATU', CH: 'CHE', FR: 'FR' };

/** What follows the prefix. */
const patterns: Record<Country, RegExp> = {
  BE: /^[01]\d{9}$/,
  NL: /^\d{9}B\d{2}$/,
  DE: /^\d{9}$/,
  AT: /^\d{8}$/,
  // The Swiss UID with the tax it is registered for, in one of the national languages.
  CH: /^\d{9}(MWST|TVA|IVA)$/,
  // Two check characters (digits or letters other than I and O), then the company's SIREN.
  FR: /^[0-9A-HJ-NP-Z]{2}\d{9}$/,
};

const digitsOf = (text: string) => [...text].map(Number);
const weighted = (digits: readonly number[], weights: readonly number[]) => digits.reduce((sum, digit, index) => sum + digit * weights[index]!, 0);

/** ISO 7064 MOD 97-10 over digits and letters (A = 10 … Z = 35), piece by piece so no number grows too big. */
function mod97(text: string): number {
  const digits = [...text].map((character) => (/\d/.test(character) ? character : String(character.charCodeAt(0) - 55))).join('');
  return [...digits].reduce((rest, digit) => (rest * 10 + Number(digit)) % 97, 0);
}

/** ISO 7064 MOD 11,10: the check digit of the digits before it. */
function mod11x10(digits: readonly number[]): number {
  let product = 10;
  for (const digit of digits) {
    const sum = (digit + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  return (11 - product) % 10;
}

// The compact number's digits, after its prefix, are checked; each function receives a number already in the pattern.
const checks: Record<Country, (compact: string) => boolean> = {
  // The last two digits are 97 minus the first eight modulo 97.
  BE: (compact) => 97 - (Number(compact.slice(2, 10)) % 97) === Number(compact.slice(10)),
  // The older numbers (a person's BSN-like mod 11: weights 9 … 2 and −1), or the sole trader's
  // newer ones since 2020, whose whole "NL…B.." text is 1 modulo 97.
  NL: (compact) => weighted(digitsOf(compact.slice(2, 11)), [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 === 0 || mod97(compact) === 1,
  DE: (compact) => mod11x10(digitsOf(compact.slice(2, 10))) === Number(compact[10]),
  // Every second digit doubled and its digits summed, like Luhn; then 10 minus (the sum + 4) modulo 10.
  AT: (compact) => {
    const digits = digitsOf(compact.slice(3, 10));
    const sum = digits.reduce((total, digit, index) => total + (index % 2 === 1 ? Math.floor(digit / 5) + ((digit * 2) % 10) : digit), 0);
    return (10 - ((sum + 4) % 10)) % 10 === Number(compact[10]);
  },
  // The UID's ninth digit: 11 minus the weighted sum modulo 11 (0 for 11; 10 is never given out).
  CH: (compact) => (11 - (weighted(digitsOf(compact.slice(3, 11)), [5, 4, 3, 2, 7, 6, 5, 4]) % 11)) % 11 === Number(compact[11]),
  // A numeric key is (12 + 3 × (SIREN modulo 97)) modulo 97; the newer alphanumeric keys have no public check.
  FR: (compact) => {
    const key = compact.slice(2, 4);
    return !/^\d{2}$/.test(key) || (12 + 3 * (Number(compact.slice(4)) % 97)) % 97 === Number(key);
  },
};

/** A valid number of each country, as the forms show it for an example. */
export const vatNumberExamples: Record<Country, string> = {
  BE: 'BE0123456749',
  NL: 'NL123456782B01',
  DE: 'DE123456788',
  AT: 'ATU12345675',
  CH: 'CHE-123.456.788 MWST',
  FR: 'FR32123456789',
};

/** The number without the separators people type, in capitals. */
export function compactVatNumber(value: string): string {
  return value.replace(/[\s.-]+/g, '').toUpperCase();
}

export type VatNumberProblem = 'prefix' | 'format' | 'checksum' | 'tax-suffix';

/**
 * What is wrong with a VAT number of `country`, for a message that fits the mistake: the country's
 * prefix missing (or another's), a shape that is not the country's, a Swiss company id (UID)
 * without the tax it is registered for, or a check that fails (a mistyped digit); null for a valid number.
 */
export function vatNumberProblem(country: Country, value: string): VatNumberProblem | null {
  const compact = compactVatNumber(value);
  if (!compact.startsWith(vatNumberPrefixes[country])) return 'prefix';
  const rest = compact.slice(vatNumberPrefixes[country].length);
  if (country === 'CH' && /^\d{9}$/.test(rest)) return checks.CH(compact) ? 'tax-suffix' : 'checksum';
  if (!patterns[country].test(rest)) return 'format';
  return checks[country](compact) ? null : 'checksum';
}

export function isValidVatNumber(country: Country, value: string): boolean {
  return vatNumberProblem(country, value) === null;
}

/** How a valid number is kept and printed: compact, except the Swiss one in its official grouping. */
export function canonicalVatNumber(country: Country, value: string): string {
  const compact = compactVatNumber(value);
  if (country !== 'CH') return compact;
  return `CHE-${compact.slice(3, 6)}.${compact.slice(6, 9)}.${compact.slice(9, 12)} ${compact.slice(12)}`;
}
