import { countries } from './common';
import { compactIban, disallowedIbanCharacters, hasValidCheckDigits, ibanExamples, ibanLengths, ibanProblem, printedIban } from './iban';

// Published examples of each market's IBAN (the ISO 13616 registry's).
const valid = {
  BE: 'BE68 5390 0754 7034',
  NL: 'NL91 ABNA 0417 1643 00',
  DE: 'DE89 3704 0044 0532 0130 00',
  AT: 'AT61 1904 3002 3457 3201',
  CH: 'CH93 0076 2011 6238 5295 7',
  FR: 'FR14 2004 1010 0505 0001 3M02 606',
} as const;

/** The same IBAN with one digit of its account number changed. */
const oneDigitWrong = (iban: string) => {
  const compact = compactIban(iban);
  const last = compact.at(-1)!;
  return `${compact.slice(0, -1)}${last === '9' ? '8' : String(Number(last) + 1)}`;
};

describe('an IBAN of the markets', () => {
  it.each(countries)('is accepted in %s as printed, compact or in small letters', (country) => {
    const iban = valid[country];
    expect(compactIban(iban)).toHaveLength(ibanLengths[country]);
    expect(ibanProblem(iban)).toBeNull();
    expect(ibanProblem(compactIban(iban))).toBeNull();
    expect(ibanProblem(iban.toLowerCase())).toBeNull();
    expect(hasValidCheckDigits(iban)).toBe(true);
  });

  it.each(countries)('is given as an example in %s that the check accepts, as its banks print it', (country) => {
    expect(ibanProblem(ibanExamples[country])).toBeNull();
    expect(printedIban(ibanExamples[country])).toBe(ibanExamples[country]);
  });

  it.each(countries)('is refused in %s with a wrong digit, a wrong length or wrong check digits', (country) => {
    const compact = compactIban(valid[country]);
    expect(ibanProblem(oneDigitWrong(compact))).toBe('checksum');
    expect(ibanProblem(compact.slice(0, -1))).toBe('length');
    expect(ibanProblem(`${compact}0`)).toBe('length');
    expect(ibanProblem(`${country}00${compact.slice(4)}`)).toBe('checksum');
  });

  it('is refused from another country, or when it is no IBAN at all', () => {
    // A valid British IBAN: not an account in one of the markets.
    expect(hasValidCheckDigits('GB29 NWBK 6016 1331 9268 19')).toBe(true);
    expect(ibanProblem('GB29 NWBK 6016 1331 9268 19')).toBe('country');
    for (const text of ['', 'BE', '5390 0754 7034', 'IBAN BE68539007547034']) expect(ibanProblem(text)).toBe('format');
  });

  it("is refused when it is a Swiss QR-IBAN, which takes only QR-bill payments, not a payout", () => {
    expect(hasValidCheckDigits('CH44 3199 9123 0008 8901 2')).toBe(true);
    expect(ibanProblem('CH44 3199 9123 0008 8901 2')).toBe('qr-iban');
    expect(ibanProblem('ch4431999123000889012')).toBe('qr-iban');
  });

  it('is too short, not malformed, when it stops after the country code and check digits', () => {
    expect(ibanProblem('BE71')).toBe('length');
    expect(ibanProblem('be71 ')).toBe('length');
  });

  it('is refused for the characters it may not hold, before anything else, naming each once', () => {
    // Right but for the hyphens: the same IBAN with spaces passes.
    expect(ibanProblem('BE71-0961-2345-6769')).toBe('characters');
    expect(disallowedIbanCharacters('BE71-0961-2345-6769')).toEqual(['-']);
    expect(ibanProblem('5390.0754/7034')).toBe('characters');
    expect(disallowedIbanCharacters('5390.0754/7034.')).toEqual(['.', '/']);
    expect(disallowedIbanCharacters(' be71 0961\t2345 6769 ')).toEqual([]);
    expect(ibanProblem('BE71 0961 2345 676é')).toBe('characters');
  });

  it('prints in groups of four', () => {
    expect(printedIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
    expect(printedIban('fr1420041010050500013m02606')).toBe('FR14 2004 1010 0505 0001 3M02 606');
  });
});
