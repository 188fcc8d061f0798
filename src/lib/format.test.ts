import { formatMoney, regionalLocale } from '@/lib/format';

describe('formatMoney', () => {
  it('writes amounts the way the locale does', () => {
    expect(formatMoney(123456, 'EUR', 'en-GB')).toBe('€1,234.56');
    expect(formatMoney(-2995, 'EUR', 'en-GB')).toBe('-€29.95');
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
  });

  it.each(['en-GB', 'fr-BE', 'nl-BE', 'de-DE'])('never writes a minus sign before zero (%s)', (locale) => {
    expect(formatMoney(-0, 'EUR', locale)).toBe(formatMoney(0, 'EUR', locale));
    expect(formatMoney(-0, 'EUR', locale)).not.toMatch(/[-\u2212]/);
  });
});

describe('regionalLocale', () => {
  it("writes the user's language the way the merchant's country does", () => {
    expect(regionalLocale('de', 'CH')).toBe('de-CH');
    expect(regionalLocale('fr', 'CH')).toBe('fr-CH');
    expect(regionalLocale('nl', 'BE')).toBe('nl-BE');
    expect(regionalLocale('fr', 'FR')).toBe('fr-FR');
    expect(regionalLocale('en', 'CH')).toBe('en-CH');
    expect(regionalLocale('en', 'BE')).toBe('en-GB');
    expect(regionalLocale('de', null)).toBe('de-DE');
  });

  it('gives Swiss francs their Swiss grouping in German and French', () => {
    expect(formatMoney(1_180_298, 'CHF', regionalLocale('de', 'CH'))).toMatch(/^CHF\s11[’']802\.98$/);
    expect(formatMoney(1_180_298, 'CHF', regionalLocale('fr', 'CH'))).toMatch(/^11[’']802\.98\sCHF$/);
    expect(formatMoney(1_180_298, 'EUR', regionalLocale('de', 'DE'))).toBe('11.802,98\u00a0€');
  });

  it('keeps the space between a Swiss currency and the minus of a debit, which would read as a hyphen', () => {
    expect(formatMoney(-33_768, 'CHF', regionalLocale('de', 'CH'))).toMatch(/^CHF\s-337\.68$/);
    expect(formatMoney(-33_768, 'CHF', regionalLocale('en', 'CH'))).toMatch(/^CHF\s-337\.68$/);
    expect(formatMoney(-33_768, 'CHF', regionalLocale('fr', 'CH'))).toMatch(/^-337\.68\sCHF$/);
    expect(formatMoney(-2995, 'EUR', regionalLocale('nl', 'BE'))).toBe('€\u00a0-29,95');
  });
});
