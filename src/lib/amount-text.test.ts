import { readAmount, writeAmount } from './amount-text';

describe('an amount typed the way the user writes numbers', () => {
  it.each([
    ['1.234,50', 'de-DE'],
    ['1 234,50', 'fr-BE'],
    ['1\u202f234,50', 'fr-BE'],
    ['1234.50', 'de-DE'],
    ['1234,50', 'nl-BE'],
    ['1’234.50', 'de-CH'],
    ["1'234.50", 'fr-CH'],
    ['1,234.50', 'en-GB'],
    ['€ 1.234,50', 'nl-BE'],
    ['CHF 1’234.50', 'de-CH'],
  ])('reads %s (%s) as 1,234.50', (text, locale) => {
    expect(readAmount(text, locale)).toEqual({ cents: 123_450 });
  });

  it('reads whole amounts, one decimal and grouped thousands without decimals', () => {
    expect(readAmount('12', 'de-DE')).toEqual({ cents: 1200 });
    expect(readAmount('12,5', 'de-DE')).toEqual({ cents: 1250 });
    expect(readAmount('12.5', 'en-GB')).toEqual({ cents: 1250 });
    expect(readAmount('1.234', 'de-DE')).toEqual({ cents: 123_400 });
    expect(readAmount('1,234', 'en-GB')).toEqual({ cents: 123_400 });
    expect(readAmount('1.234.567', 'fr-BE')).toEqual({ cents: 123_456_700 });
    expect(readAmount('-4', 'en-GB')).toEqual({ cents: -400 });
  });

  it('refuses a lone decimal separator before three digits instead of guessing', () => {
    expect(readAmount('1,234', 'de-DE')).toEqual({ problem: 'ambiguous' });
    expect(readAmount('1.234', 'en-GB')).toEqual({ problem: 'ambiguous' });
    expect(readAmount('1.234', 'de-CH')).toEqual({ problem: 'ambiguous' });
  });

  it('refuses what is no amount, or finer than a cent', () => {
    for (const text of ['', 'abc', '1.2.3,4,5', '12,34,56', '1.23.456', '12,', '1e3', '--4']) {
      expect(readAmount(text, 'de-DE')).toEqual({ problem: 'not-a-number' });
    }
    expect(readAmount('1,234.567', 'en-GB')).toEqual({ problem: 'too-precise' });
    expect(readAmount('12,345', 'en-GB')).toEqual({ cents: 1_234_500 });
  });

  it('writes an amount back in the form of the locale', () => {
    expect(writeAmount(123_450, 'de-DE')).toBe('1.234,50');
    expect(writeAmount(123_450, 'en-GB')).toBe('1,234.50');
    expect(writeAmount(123_450, 'fr-BE')).toMatch(/^1\s234,50$/);
    expect(writeAmount(123_450, 'de-CH')).toMatch(/^1[’']234\.50$/);
  });
});
