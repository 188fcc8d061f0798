import { numberFormat, writeAmount } from '@/contract/intl-formats';

/**
 * An amount typed the way the user writes numbers: "1.234,50", "1 234,50", "1234.50" and
 * "1’234.50" are the same amount wherever they are unambiguous, and a whole amount may end the way
 * prices do in Switzerland and the Low Countries ("12.–", "12,-"). A lone separator followed by
 * three digits is refused when it could be a decimal separator there ("1,234" in German could be
 * 1.234 or 1234): the user is asked, the amount is never silently reread.
 */
export type AmountProblem = 'not-a-number' | 'ambiguous' | 'too-precise';
export type AmountReading = { cents: number } | { problem: AmountProblem };

/**
 * The separators `locale` writes an amount of `currency` with. They are those of its money, not of
 * its plain numbers: fr-CH writes 12,5 but 12.50 CHF, and a field sits next to money.
 */
export function amountSeparatorsOf(locale: string, currency: string): { decimal: string; group: string } {
  const parts = numberFormat(locale, { style: 'currency', currency }).formatToParts(12_345.5);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? '',
  };
}

/** The separators that may stand for a decimal one in `locale`: that of its money and that of its plain numbers. */
function decimalCandidates(locale: string, currency: string): string[] {
  const plain = numberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return [amountSeparatorsOf(locale, currency).decimal, plain];
}

// Spaces of every width and apostrophes group thousands; a currency written along is ignored.
const groupingMarks = /[\s\u00a0\u202f'’]/g;
const currencyMarks = /€|CHF|EUR|Fr\.?/gi;
// A dash after the decimal separator stands for no cents: "12.–" is 12.00.
const noCents = /(\d)[.,][-\u2013\u2014]$/;

/** Which separator of `body` is the decimal one (null: none); `ambiguous` when that cannot be told. */
function decimalSeparatorIn(body: string, decimals: string[]): string | null | 'ambiguous' {
  const separators = body.replace(/\d/g, '');
  if (separators === '') return null;
  const kinds = new Set(separators);
  // With both, the last one written is the decimal one ("1.234,50", "1,234.50").
  if (kinds.size === 2) return separators.at(-1)!;
  const separator = separators[0]!;
  // Repeated, it groups thousands ("1.234.567").
  if (separators.length > 1) return null;
  const at = body.indexOf(separator);
  if (body.length - at - 1 !== 3) return separator;
  // Alone before three digits it groups thousands, unless it may be a decimal separator here; then
  // only what could be a first group of thousands ("1.234", not "0.001") leaves a doubt.
  if (!decimals.includes(separator)) return null;
  return /^[1-9]\d{0,2}$/.test(body.slice(0, at)) ? 'ambiguous' : separator;
}

/** Reads `text` as an amount of `currency` typed in `locale`. */
export function readAmount(text: string, locale: string, currency: string): AmountReading {
  const { group } = amountSeparatorsOf(locale, currency);
  const ownGroup = group && !'.,'.includes(group) ? group : null;
  const compact = text.replace(currencyMarks, '').replace(groupingMarks, '').replaceAll(ownGroup ?? '\u0000', '').replace(noCents, '$1');
  const match = /^([-+]?)(\d[\d.,]*)$/.exec(compact);
  if (!match) return { problem: 'not-a-number' };
  const [, sign, body] = match as unknown as [string, string, string];
  const decimal = decimalSeparatorIn(body, decimalCandidates(locale, currency));
  if (decimal === 'ambiguous') return { problem: 'ambiguous' };
  const at = decimal === null ? body.length : body.lastIndexOf(decimal);
  const fraction = body.slice(at + 1);
  const groups = body.slice(0, at).split(/[.,]/);
  // Thousands come in groups of three after a first that is no zero ("0,001" groups no thousands);
  // a decimal separator is followed by digits.
  const wellGrouped = groups.length === 1 || (/^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((group) => /^\d{3}$/.test(group)));
  if (!wellGrouped || !/^\d*$/.test(fraction) || (decimal !== null && fraction === '')) return { problem: 'not-a-number' };
  if (fraction.length > 2) return { problem: 'too-precise' };
  const cents = Number(groups.join('')) * 100 + Number(fraction.padEnd(2, '0'));
  return { cents: sign === '-' ? -cents : cents };
}

/** The cents an amount typed in `locale`'s way stands for, or null while it is none. */
export function typedAmountCents(text: string, locale: string, currency: string): number | null {
  const reading = readAmount(text, locale, currency);
  return 'cents' in reading ? reading.cents : null;
}

/** The examples an amount's messages give ({{example}}, {{twoDecimals}}), in the form the field writes. */
export function amountExamples(locale: string, currency: string): Record<'example' | 'twoDecimals', string> {
  return { example: writeAmount(1250, locale, currency), twoDecimals: writeAmount(123, locale, currency) };
}
