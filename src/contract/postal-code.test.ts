import { countries } from './common';
import { canonicalPostalCode, isValidPostalCode, postalCodeExamples } from './postal-code';

const valid = {
  BE: ['1000', '9000', ' 2000 '],
  NL: ['1012 AB', '1012AB', '9711 lp'],
  DE: ['10115', '01067', '80331'],
  AT: ['1010', '6020'],
  CH: ['8001', '1200'],
  FR: ['75001', '06000', '97400'],
} as const;

const invalid = {
  BE: ['12', '0999', '10000', '1000 AB', 'B-1000'],
  NL: ['1012', '0123 AB', '1012 A', '1012 SS', '1012 ABC', '10115'],
  DE: ['1011', '101150', '1011A', 'D-10115'],
  AT: ['101', '10100', '0100'],
  CH: ['800', '80010', 'CH-8001'],
  FR: ['7500', '750001', '75 001'],
} as const;

describe('a postal code', () => {
  it.each(countries)('in the format of %s is accepted', (country) => {
    for (const code of [...valid[country], postalCodeExamples[country]]) expect({ code, valid: isValidPostalCode(country, code) }).toEqual({ code, valid: true });
  });

  it.each(countries)('not in the format of %s is refused', (country) => {
    for (const code of invalid[country]) expect({ code, valid: isValidPostalCode(country, code) }).toEqual({ code, valid: false });
    expect(isValidPostalCode(country, '')).toBe(false);
  });

  it('is kept as the country prints it', () => {
    expect(canonicalPostalCode('NL', '1012ab')).toBe('1012 AB');
    expect(canonicalPostalCode('BE', ' 1000 ')).toBe('1000');
  });
});
