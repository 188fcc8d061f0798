import { countries } from '@/contract/common';
import { documentLanguages } from '@/contract/orders';
import { describeMovement, regionalAmount, regionalMoney } from './value-texts';

describe('a movement described for a reader', () => {
  const returned = { type: 'return', orderNumber: '1001677', reason: 'Changed mind', reasonCode: 'changed-mind' } as const;

  it('gives the reason money went back, a known one in the reader\'s words', () => {
    expect(describeMovement('en', returned, 46)).toBe('Items of order 1001677 returned: Changed mind');
    expect(describeMovement('fr', returned, 46)).toBe("Articles de la commande 1001677 retournés : Changement d'avis");
    expect(describeMovement('nl', returned, 46)).toBe('Artikelen van bestelling 1001677 geretourneerd: Van gedachten veranderd');
    expect(describeMovement('de', returned, 46)).toBe('Artikel der Bestellung 1001677 retourniert: Meinung geändert');
  });

  it('keeps a typed reason as typed, in every language', () => {
    const typed = { type: 'credit', orderNumber: '1000925', reason: 'Geste $& "goodwill"', reasonCode: null } as const;
    expect(describeMovement('en', typed, 46)).toBe('Order 1000925 credited: Geste $& "goodwill"');
    expect(describeMovement('de', typed, 46)).toBe('Bestellung 1000925 gutgeschrieben: Geste $& "goodwill"');
  });

  it('names the week of a fee correction, which has no reason of its own', () => {
    expect(describeMovement('nl', { type: 'adjustment', orderNumber: null, reason: null, reasonCode: null }, 46)).toBe('Correctie van de kosten, week 46');
  });
});

describe('an amount in a table, beside money', () => {
  it('is written with the separators of the money, not of plain numbers, in every language, country and currency', () => {
    for (const language of documentLanguages) {
      for (const country of countries) {
        for (const currency of ['EUR', 'CHF']) {
          for (const cents of [5, 1_250, 123_450, 123_456_789]) {
            expect(regionalMoney(cents, currency, language, country)).toContain(regionalAmount(cents, currency, language, country));
            expect(regionalAmount(-cents, currency, language, country)).toBe(`-${regionalAmount(cents, currency, language, country)}`);
          }
        }
      }
    }
  });

  it('writes Swiss francs in French with a decimal point, as their total does, though plain numbers there take a comma', () => {
    expect(regionalAmount(123_450, 'CHF', 'fr', 'CH')).toMatch(/^1[’' ]234\.50$/);
    expect(regionalMoney(123_450, 'CHF', 'fr', 'CH')).toMatch(/^1[’' ]234\.50 CHF$/);
  });

  it("writes a debit in Swiss German with the currency's space before its minus", () => {
    expect(regionalMoney(-33_768, 'CHF', 'de', 'CH')).toBe('CHF -337.68');
  });
});
