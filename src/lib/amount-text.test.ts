import { countries } from '@/contract/common';
import { writeAmount } from '@/contract/intl-formats';
import { formatMoney, regionalLocale } from '@/lib/format';
import { languages } from '@/lib/i18n';
import { amountExamples, amountSeparatorsOf, readAmount } from './amount-text';

describe('an amount typed the way the user writes numbers', () => {
  it.each([
    ['1.234,50', 'de-DE', 'EUR'],
    ['1 234,50', 'fr-BE', 'EUR'],
    ['1\u202f234,50', 'fr-BE', 'EUR'],
    ['1234.50', 'de-DE', 'EUR'],
    ['1234,50', 'nl-BE', 'EUR'],
    ['1’234.50', 'de-CH', 'CHF'],
    ["1'234.50", 'fr-CH', 'CHF'],
    ['1 234.50', 'fr-CH', 'CHF'],
    ['1 234,50', 'fr-CH', 'CHF'],
    ['1,234.50', 'en-GB', 'EUR'],
    ['€ 1.234,50', 'nl-BE', 'EUR'],
    ['CHF 1’234.50', 'de-CH', 'CHF'],
  ])('reads %s (%s, %s) as 1,234.50', (text, locale, currency) => {
    expect(readAmount(text, locale, currency)).toEqual({ cents: 123_450 });
  });

  it('reads whole amounts, one decimal and grouped thousands without decimals', () => {
    expect(readAmount('12', 'de-DE', 'EUR')).toEqual({ cents: 1200 });
    expect(readAmount('12,5', 'de-DE', 'EUR')).toEqual({ cents: 1250 });
    expect(readAmount('12.5', 'en-GB', 'EUR')).toEqual({ cents: 1250 });
    expect(readAmount('1.234', 'de-DE', 'EUR')).toEqual({ cents: 123_400 });
    expect(readAmount('1,234', 'en-GB', 'EUR')).toEqual({ cents: 123_400 });
    expect(readAmount('1.234.567', 'fr-BE', 'EUR')).toEqual({ cents: 123_456_700 });
    expect(readAmount('-4', 'en-GB', 'EUR')).toEqual({ cents: -400 });
  });

  it('reads a whole amount ending in a dash, as Swiss and Dutch prices are written', () => {
    expect(readAmount('12.–', 'de-CH', 'CHF')).toEqual({ cents: 1200 });
    expect(readAmount('1’250.-', 'fr-CH', 'CHF')).toEqual({ cents: 125_000 });
    expect(readAmount('€ 12,-', 'nl-BE', 'EUR')).toEqual({ cents: 1200 });
    expect(readAmount('1.250,—', 'de-DE', 'EUR')).toEqual({ cents: 125_000 });
    expect(readAmount('.-', 'de-CH', 'CHF')).toEqual({ problem: 'not-a-number' });
    expect(readAmount('12.-5', 'de-CH', 'CHF')).toEqual({ problem: 'not-a-number' });
  });

  it('refuses a lone decimal separator before three digits instead of guessing', () => {
    expect(readAmount('1,234', 'de-DE', 'EUR')).toEqual({ problem: 'ambiguous' });
    expect(readAmount('1.234', 'en-GB', 'EUR')).toEqual({ problem: 'ambiguous' });
    expect(readAmount('1.234', 'de-CH', 'CHF')).toEqual({ problem: 'ambiguous' });
    expect(readAmount('12.999', 'en-GB', 'EUR')).toEqual({ problem: 'ambiguous' });
    // French in Switzerland writes money with "." and plain numbers with ",": either may be meant as decimals.
    expect(readAmount('1.234', 'fr-CH', 'CHF')).toEqual({ problem: 'ambiguous' });
    expect(readAmount('1,234', 'fr-CH', 'CHF')).toEqual({ problem: 'ambiguous' });
  });

  it('calls three decimals too precise when they cannot be thousands', () => {
    expect(readAmount('0.001', 'en-GB', 'EUR')).toEqual({ problem: 'too-precise' });
    expect(readAmount('0,001', 'de-DE', 'EUR')).toEqual({ problem: 'too-precise' });
    expect(readAmount('1234.567', 'en-GB', 'EUR')).toEqual({ problem: 'too-precise' });
    expect(readAmount('1,234.567', 'en-GB', 'EUR')).toEqual({ problem: 'too-precise' });
  });

  it('refuses what is no amount', () => {
    for (const text of ['', 'abc', '1.2.3,4,5', '12,34,56', '1.23.456', '12,', '1e3', '--4']) {
      expect(readAmount(text, 'de-DE', 'EUR')).toEqual({ problem: 'not-a-number' });
    }
    expect(readAmount('1234,567', 'en-GB', 'EUR')).toEqual({ problem: 'not-a-number' });
    expect(readAmount('12,345', 'en-GB', 'EUR')).toEqual({ cents: 1_234_500 });
    // No thousands start with a zero: "0,001" is not 1.00 in English, nor "0.001" 1,00 in French.
    expect(readAmount('0,001', 'en-GB', 'EUR')).toEqual({ problem: 'not-a-number' });
    expect(readAmount('0.001', 'fr-BE', 'EUR')).toEqual({ problem: 'not-a-number' });
  });

  it('writes an amount back as the money of the locale is written', () => {
    expect(writeAmount(123_450, 'de-DE', 'EUR')).toBe('1.234,50');
    expect(writeAmount(123_450, 'en-GB', 'EUR')).toBe('1,234.50');
    expect(writeAmount(123_450, 'fr-BE', 'EUR')).toMatch(/^1\s234,50$/);
    expect(writeAmount(123_450, 'de-CH', 'CHF')).toMatch(/^1[’']234\.50$/);
    // fr-CH writes a plain 12,5 but 12.50 CHF.
    expect(writeAmount(1250, 'fr-CH', 'CHF')).toBe('12.50');
    expect(writeAmount(165_300, 'fr-CH', 'CHF')).toMatch(/^1[’'\s]653\.00$/);
  });

  it('gives the examples of its messages in the same form', () => {
    expect(amountExamples('fr-CH', 'CHF')).toEqual({ example: '12.50', twoDecimals: '1.23' });
    expect(amountExamples('fr-BE', 'EUR')).toEqual({ example: '12,50', twoDecimals: '1,23' });
  });
});

// Every language the app offers, in every merchant country and with none, for both currencies.
const combinations = languages.flatMap(({ code }) =>
  [null, ...countries].flatMap((country) => ['EUR', 'CHF'].map((currency) => [regionalLocale(code, country), currency] as const)),
);
const unique = [...new Map(combinations.map((pair) => [pair.join(' '), pair])).values()];

describe.each(unique)('amounts in %s, %s', (locale, currency) => {
  const samples = [1, 50, 999, 1000, 1250, 12_345, 100_000, 165_300, 123_456_789];

  it('writes a typed amount with the separators of the money shown around it', () => {
    for (const cents of samples) {
      expect(formatMoney(cents, currency, locale)).toContain(writeAmount(cents, locale, currency));
    }
    expect(writeAmount(1250, locale, currency)).toBe(`12${amountSeparatorsOf(locale, currency).decimal}50`);
  });

  it('reads back exactly what it writes', () => {
    for (const cents of samples) expect(readAmount(writeAmount(cents, locale, currency), locale, currency)).toEqual({ cents });
    expect(readAmount(formatMoney(123_450, currency, locale), locale, currency)).toEqual({ cents: 123_450 });
  });

  it('asks rather than guess when the decimal separator may group thousands', () => {
    const { decimal } = amountSeparatorsOf(locale, currency);
    expect(readAmount(`1${decimal}234`, locale, currency)).toEqual({ problem: 'ambiguous' });
  });
});
