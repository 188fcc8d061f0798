import { countries } from './common';
import { canonicalVatNumber, isValidVatNumber, vatNumberExamples, vatNumberProblem } from './vat-number';

const valid = {
  BE: ['BE0123456749', 'BE 0123.456.749', 'be1234567894', 'BE0987654394'],
  // The older mod 11 numbers, and the newer ones of sole traders, checked modulo 97 with the letters.
  NL: ['NL123456782B01', 'NL 1234.56.782.B.01', 'NL004495445B01', 'NL000099998B57'],
  DE: ['DE136695976', 'DE 123 456 788'],
  AT: ['ATU13585627', 'atu 1234 5675'],
  CH: ['CHE-123.456.788 MWST', 'CHE123456788TVA', 'che-123.456.788 iva', 'CHE-116.281.710 MWST'],
  // A numeric key is checked against the SIREN; an alphanumeric one cannot be.
  FR: ['FR32123456789', 'FR40303265045', 'FR XY 123 456 789'],
} as const;

const invalid = {
  // Ten digits starting with 0 or 1, the last two 97 minus the first eight modulo 97.
  BE: ['BE2123456749', 'BE012345674', '0123456749', 'NL123456789B01', 'BE0123456788', 'BE0987654321'],
  NL: ['NL123456789C01', 'NL12345678B01', 'NL123456789B1', 'DE123456789', 'NL123456789B01', 'NL000099998B58'],
  // The ninth digit is the ISO 7064 MOD 11,10 check digit of the first eight.
  DE: ['DE12345678', 'DE1234567890', 'DEU12345678', 'ATU12345678', 'DE123456789', 'DE136695977'],
  AT: ['AT12345678', 'ATU1234567', 'ATU123456789', 'DE123456789', 'ATU12345678', 'ATU13585628'],
  // The tax a Swiss number is registered for is part of it; the UID's last digit is its mod 11 check digit.
  CH: ['CHE-123.456.788', 'CH123456788MWST', 'CHE-123.456.78 MWST', 'CHE-123.456.788 VAT', 'CHE-123.456.789 MWST', 'CHE-116.281.711 MWST'],
  // The check characters are never I or O; two digits are (12 + 3 × (SIREN mod 97)) mod 97.
  FR: ['FRIO123456789', 'FR3212345678', 'FR321234567890', 'BE0123456749', 'FR33123456789', 'FR41303265045'],
} as const;

describe('a VAT number', () => {
  it.each(countries)('in the format of %s is accepted, however it is grouped', (country) => {
    for (const number of [...valid[country], vatNumberExamples[country]]) expect({ number, valid: isValidVatNumber(country, number) }).toEqual({ number, valid: true });
  });

  it.each(countries)('not in the format of %s is refused', (country) => {
    for (const number of invalid[country]) expect({ number, valid: isValidVatNumber(country, number) }).toEqual({ number, valid: false });
    expect(isValidVatNumber(country, '')).toBe(false);
  });

  it('is told what is wrong with it: the prefix, the shape, or the check digits', () => {
    expect(['0123456749', 'NL123456782B01', 'AT12345675'].map((number, index) => vatNumberProblem((['BE', 'BE', 'AT'] as const)[index]!, number))).toEqual(['prefix', 'prefix', 'prefix']);
    expect(vatNumberProblem('BE', 'BE12')).toBe('format');
    expect(vatNumberProblem('BE', 'BE0123456748')).toBe('checksum');
    // The Swiss number's tax is part of it, which a company id (UID) alone lacks; its prefix is CHE, not CH.
    expect(vatNumberProblem('CH', 'CHE-123.456.788')).toBe('tax-suffix');
    expect(vatNumberProblem('CH', 'CHE123456788')).toBe('tax-suffix');
    expect(vatNumberProblem('CH', 'CHE-123.456.789')).toBe('checksum');
    expect(vatNumberProblem('CH', 'CHE-123.456.788 VAT')).toBe('format');
    expect(vatNumberProblem('CH', 'CHE-123.456.789 MWST')).toBe('checksum');
    expect(vatNumberProblem('CH', 'CH123456788MWST')).toBe('prefix');
    expect(vatNumberProblem('BE', 'be 0123.456.749')).toBeNull();
  });

  it('with a mistyped digit is refused in every country with check digits', () => {
    expect(isValidVatNumber('BE', 'BE0123456788')).toBe(false);
    expect(isValidVatNumber('BE', 'BE0123456749')).toBe(true);
  });

  it('is kept compact, the Swiss one in its official grouping', () => {
    expect(canonicalVatNumber('BE', 'be 0123.456.749')).toBe('BE0123456749');
    expect(canonicalVatNumber('NL', 'NL 1234.56.789.B.01')).toBe('NL123456789B01');
    expect(canonicalVatNumber('CH', 'che123456788tva')).toBe('CHE-123.456.788 TVA');
  });
});
