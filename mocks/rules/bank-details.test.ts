import { countries } from '@/contract/common';
import { customerBankDetails, ibanOf, isValidIban, printedIban } from './bank-details';

const lengths = { BE: 16, NL: 18, DE: 22, AT: 20, CH: 21, FR: 27 } as const;

describe("the customer's bank details", () => {
  it.each(countries)('are a valid IBAN of the right length in %s, the same for the same customer', (country) => {
    const details = customerBankDetails(country, 'C100612');
    expect(details.iban).toHaveLength(lengths[country]);
    expect(details.iban.slice(0, 2)).toBe(country);
    expect(isValidIban(details.iban)).toBe(true);
    expect(details.bic).toMatch(new RegExp(`^[A-Z]{4}${country}[A-Z0-9]{2}$`));
    expect(customerBankDetails(country, 'C100612')).toEqual(details);
    expect(customerBankDetails(country, 'C100613').iban).not.toBe(details.iban);
  });

  it('checks IBANs the way banks do', () => {
    // Published examples of valid IBANs.
    expect(isValidIban('BE68 5390 0754 7034')).toBe(true);
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('FR1420041010050500013M02606')).toBe(true);
    expect(isValidIban('DE89370400440532013001')).toBe(false);
    expect(ibanOf('BE', '539007547034')).toBe('BE68539007547034');
  });

  it('keeps the Belgian account check: the first ten digits modulo 97', () => {
    const bban = customerBankDetails('BE', 'C100612').iban.slice(4);
    expect(Number(bban.slice(0, 10)) % 97 || 97).toBe(Number(bban.slice(10)));
  });

  it('prints an IBAN in groups of four', () => {
    expect(printedIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
  });
});
