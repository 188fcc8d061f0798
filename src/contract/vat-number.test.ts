import { countries } from './common';
import { canonicalVatNumber, isValidVatNumber, vatNumberExamples } from './vat-number';

const valid = {
  BE: ['BE0123456749', 'BE 0123.456.749', 'be1234567894'],
  NL: ['NL123456789B01', 'NL 1234.56.789.B.01'],
  DE: ['DE123456789', 'DE 123 456 789'],
  AT: ['ATU12345678', 'atu 1234 5678'],
  CH: ['CHE-123.456.788 MWST', 'CHE123456788TVA', 'che-123.456.788 iva'],
  FR: ['FR32123456789', 'FR XY 123 456 789'],
} as const;

const invalid = {
  // Ten digits starting with 0 or 1.
  BE: ['BE2123456749', 'BE012345674', '0123456749', 'NL123456789B01'],
  NL: ['NL123456789C01', 'NL12345678B01', 'NL123456789B1', 'DE123456789'],
  DE: ['DE12345678', 'DE1234567890', 'DEU12345678', 'ATU12345678'],
  AT: ['AT12345678', 'ATU1234567', 'ATU123456789', 'DE123456789'],
  // The tax a Swiss number is registered for is part of it.
  CH: ['CHE-123.456.788', 'CH123456788MWST', 'CHE-123.456.78 MWST', 'CHE-123.456.788 VAT'],
  // The check characters are never I or O.
  FR: ['FRIO123456789', 'FR3212345678', 'FR321234567890', 'BE0123456749'],
} as const;

describe('a VAT number', () => {
  it.each(countries)('in the format of %s is accepted, however it is grouped', (country) => {
    for (const number of [...valid[country], vatNumberExamples[country]]) expect({ number, valid: isValidVatNumber(country, number) }).toEqual({ number, valid: true });
  });

  it.each(countries)('not in the format of %s is refused', (country) => {
    for (const number of invalid[country]) expect({ number, valid: isValidVatNumber(country, number) }).toEqual({ number, valid: false });
    expect(isValidVatNumber(country, '')).toBe(false);
  });

  it('is kept compact, the Swiss one in its official grouping', () => {
    expect(canonicalVatNumber('BE', 'be 0123.456.749')).toBe('BE0123456749');
    expect(canonicalVatNumber('NL', 'NL 1234.56.789.B.01')).toBe('NL123456789B01');
    expect(canonicalVatNumber('CH', 'che123456788tva')).toBe('CHE-123.456.788 TVA');
  });
});
