import { formatMoney } from '@/lib/format';

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
