import { shopperLanguage } from './shopper-language';

describe("the shopper's language", () => {
  it('follows the billing country, and in Belgium the region of the postal code', () => {
    expect(shopperLanguage({ country: 'DE', postalCode: '50667' })).toBe('de');
    expect(shopperLanguage({ country: 'CH', postalCode: '8001' })).toBe('de');
    expect(shopperLanguage({ country: 'AT', postalCode: '1010' })).toBe('de');
    expect(shopperLanguage({ country: 'NL', postalCode: '1012' })).toBe('nl');
    expect(shopperLanguage({ country: 'FR', postalCode: '75001' })).toBe('fr');
    expect(shopperLanguage({ country: 'BE', postalCode: '1000' })).toBe('fr');
    expect(shopperLanguage({ country: 'BE', postalCode: '2000' })).toBe('nl');
    expect(shopperLanguage({ country: 'BE', postalCode: '4000' })).toBe('fr');
    expect(shopperLanguage({ country: 'BE', postalCode: '9000' })).toBe('nl');
  });
});
