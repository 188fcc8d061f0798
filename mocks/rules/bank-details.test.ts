import { countries } from '@/contract/common';
import { hasValidCheckDigits, ibanLengths } from '@/contract/iban';
import { customerBankDetails, ibanOf } from './bank-details';

describe("the customer's bank details", () => {
  it.each(countries)('are a valid IBAN of the right length in %s, the same for the same customer', (country) => {
    const details = customerBankDetails(country, 'C100612');
    expect(details.iban).toHaveLength(ibanLengths[country]);
    expect(details.iban.slice(0, 2)).toBe(country);
    expect(hasValidCheckDigits(details.iban)).toBe(true);
    expect(details.bic).toMatch(new RegExp(`^[A-Z]{4}${country}[A-Z0-9]{2}$`));
    expect(customerBankDetails(country, 'C100612')).toEqual(details);
    expect(customerBankDetails(country, 'C100613').iban).not.toBe(details.iban);
  });

  it('makes the check digits banks check', () => {
    expect(ibanOf('BE', '539007547034')).toBe('BE68539007547034');
  });

  it('keeps the Belgian account check: the first ten digits modulo 97', () => {
    const bban = customerBankDetails('BE', 'C100612').iban.slice(4);
    expect(Number(bban.slice(0, 10)) % 97 || 97).toBe(Number(bban.slice(10)));
  });
});
