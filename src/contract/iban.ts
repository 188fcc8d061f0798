import { countries, type Country, type Currency } from './common';

// IBAN checks (ISO 13616) shared by the payout account form and the backend, which also makes the
// provider's own account numbers with them.

/** How long an IBAN is in each market. */
export const ibanLengths: Record<Country, number> = { BE: 16, NL: 18, DE: 22, AT: 20, CH: 21, FR: 27 };

/** An IBAN of each market, as its banks print it, for the examples a form gives (the ISO 13616 registry's). */
export const ibanExamples: Record<Country, string> = {
  BE: 'BE71 0961 2345 6769',
  NL: 'NL91 ABNA 0417 1643 00',
  DE: 'DE89 3704 0044 0532 0130 00',
  AT: 'AT61 1904 3002 3457 3201',
  CH: 'CH93 0076 2011 6238 5295 7',
  FR: 'FR14 2004 1010 0505 0001 3M02 606',
};

/**
 * The currency an account in each market holds as a rule. An IBAN tells the account's country, not
 * its currency: a Swiss account may hold euros, so a payout account in another currency is only
 * worth a word of warning.
 */
export const usualAccountCurrency: Record<Country, Currency> = { BE: 'EUR', NL: 'EUR', DE: 'EUR', AT: 'EUR', CH: 'CHF', FR: 'EUR' };

/** Remainder of a long decimal string modulo 97, taken piecewise (the numbers exceed doubles). */
export function mod97(digits: string): number {
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder;
}

/** Letters as ISO 13616 counts them: A = 10 … Z = 35. */
export const ibanDigits = (text: string): string => text.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));

/** An IBAN as typed, without its spaces, in capitals: how it is kept. */
export function compactIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** Whether the check digits of an IBAN (of any country) hold: the test any bank applies first. */
export function hasValidCheckDigits(iban: string): boolean {
  const compact = compactIban(iban);
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact) && mod97(ibanDigits(`${compact.slice(4)}${compact.slice(0, 4)}`)) === 1;
}

export type IbanProblem = 'characters' | 'format' | 'country' | 'length' | 'checksum' | 'qr-iban';

/** The characters of a typed IBAN it may not hold (anything but letters, digits and spaces), each once, in the order typed. */
export function disallowedIbanCharacters(value: string): string[] {
  return [...new Set(value.replace(/\s+|[A-Za-z0-9]/g, ''))];
}

/** What is wrong with an IBAN of an account in one of the markets, or null when nothing is. */
export function ibanProblem(value: string): IbanProblem | null {
  if (disallowedIbanCharacters(value).length > 0) return 'characters';
  const compact = compactIban(value);
  // The country and check digits alone are a start, which is only too short.
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]*$/.test(compact)) return 'format';
  const country = countries.find((candidate) => candidate === compact.slice(0, 2));
  if (!country) return 'country';
  if (compact.length !== ibanLengths[country]) return 'length';
  if (!hasValidCheckDigits(compact)) return 'checksum';
  return isQrIban(compact) ? 'qr-iban' : null;
}

/**
 * Whether a Swiss IBAN is a QR-IBAN (its bank's id from 30000 to 31999): it takes only the payments
 * of QR-bills, with their reference, so a payout sent to it would come back.
 */
function isQrIban(compact: string): boolean {
  const bankId = Number(compact.slice(4, 9));
  return compact.startsWith('CH') && bankId >= 30_000 && bankId <= 31_999;
}

/** An IBAN in groups of four, as it is printed. */
export function printedIban(iban: string): string {
  return compactIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}
