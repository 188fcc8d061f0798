import { countries, type Country } from '@/contract/common';
import type { Address } from '@/contract/orders';
import { createRandom } from '../rules/seeded-random';
import { SeededWorld } from './seed';
import { generateCustomer } from './seed-customers';
import { people } from './seed-people';

// Seeded addresses read as real ones: the street lies in the city, is named in the language spoken
// there, and the postal code is the city's.

const seededAddresses: Address[] = (['3333', '4711'] as const).flatMap((merchantId) =>
  (['live', 'test'] as const).flatMap((mode) => {
    const world = new SeededWorld({ seed: 1, ordersPerWorld: 600, anchor: '2026-11-24' }, merchantId, mode);
    return Array.from({ length: world.size }, (_, position) => world.order(position)).flatMap((order) => [order.billingAddress, order.deliveryAddress]);
  }),
);

/** Many customers of each country, so that every city and street is drawn, the merchants' rare countries too. */
const drawnAddresses: Address[] = countries.flatMap((country) => {
  const random = createRandom('addresses', country);
  return Array.from({ length: 400 }, (_, index) => generateCustomer(random, country, 1 + index)).flatMap((customer) => [customer.billingAddress, customer.deliveryAddress]);
});

const addresses = [...seededAddresses, ...drawnAddresses];

/** The street without its house number: "Veldstraat 12" and "12 rue Montorgueil" name "Veldstraat" and "rue Montorgueil". */
const streetOf = ({ street }: Address) => street.replace(/^\d+ | \d+$/, '');

const frenchStreet = /^(rue|avenue|boulevard|place|quai|cours|allées|chaussée|impasse)\b|^la |^grand'rue$|^féronstrée$/i;
const dutchStreet = /(straat|laan|plein|gracht|singel|kade|steenweg|leen)$/i;
const germanStreet = /(straße|strasse|gasse|platz|allee)$/i;
const italianStreet = /^via\b/i;

/** The languages a street may not be named in there, by country and postal code. */
function foreignTo({ country, postalCode }: Address): RegExp[] {
  const code = Number.parseInt(postalCode, 10);
  switch (country) {
    case 'BE':
      // Brussels (1000–1299) speaks both; Wallonia (1300–1499, 4000–7999) French; Flanders the rest, Dutch.
      if (code < 1300) return [germanStreet];
      return (code < 1500 || (code >= 4000 && code < 8000)) ? [dutchStreet, germanStreet] : [frenchStreet, germanStreet];
    case 'NL':
      return [frenchStreet, germanStreet, italianStreet];
    case 'FR':
      return [dutchStreet, germanStreet, italianStreet];
    case 'DE':
    case 'AT':
      return [frenchStreet, dutchStreet, italianStreet];
    case 'CH':
      // Romandy (1000–2999) speaks French, Ticino (6500–6999) Italian, Graubünden (7000–7999) also Romansh and Italian.
      if (code < 3000) return [dutchStreet, germanStreet];
      if (code >= 6500 && code < 7000) return [frenchStreet, dutchStreet, germanStreet];
      return code >= 7000 && code < 8000 ? [frenchStreet, dutchStreet] : [frenchStreet, dutchStreet, italianStreet];
  }
}

/** Streets only one city of the seed has, as the world knows them. */
const cityOfStreet: Readonly<Record<string, string>> = {
  "Boulevard d'Avroy": 'Liège',
  Meir: 'Antwerpen',
  Veldstraat: 'Gent',
  Bondgenotenlaan: 'Leuven',
  'Rue de la Loi': 'Bruxelles',
  'Avenue Louise': 'Bruxelles',
  Coolsingel: 'Rotterdam',
  Oudegracht: 'Utrecht',
  'Lange Voorhout': 'Den Haag',
  Stratumseind: 'Eindhoven',
  Herestraat: 'Groningen',
  'Grote Houtstraat': 'Haarlem',
  Prinsengracht: 'Amsterdam',
  Kaufingerstraße: 'München',
  Schildergasse: 'Köln',
  Königsallee: 'Düsseldorf',
  'Mariahilfer Straße': 'Wien',
  'Kärntner Straße': 'Wien',
  Getreidegasse: 'Salzburg',
  'Maria-Theresien-Straße': 'Innsbruck',
  Kramgasse: 'Bern',
  'Freie Strasse': 'Basel',
  Pilatusstrasse: 'Luzern',
  Multergasse: 'St. Gallen',
  'rue de Rivoli': 'Paris',
  'rue du Faubourg Saint-Antoine': 'Paris',
  'La Canebière': 'Marseille',
  'rue Sainte-Catherine': 'Bordeaux',
  'quai des Chartrons': 'Bordeaux',
};

describe('a seeded address', () => {
  it('comes from every city of its country', () => {
    for (const country of countries) {
      const cities = new Set(drawnAddresses.filter((address) => address.country === country).map((address) => address.city));
      expect(cities.size, country).toBe(people[country].cities.length);
    }
  });

  it('names a street of its city, with the city’s postal code', () => {
    for (const address of addresses) {
      const city = people[address.country].cities.find((candidate) => candidate.city === address.city);
      expect(city, `${address.city} (${address.country})`).toBeDefined();
      expect(address.postalCode).toBe(city!.postalCode);
      expect(city!.streets, `${address.street}, ${address.postalCode} ${address.city}`).toContain(streetOf(address));
    }
  });

  it('names its street in a language spoken in its city', () => {
    const misnamed = addresses.filter((address) => foreignTo(address).some((language) => language.test(streetOf(address))));
    expect(misnamed.map((address) => `${address.street}, ${address.postalCode} ${address.city}`)).toEqual([]);
  });

  it('puts a street that only one city has in that city', () => {
    const elsewhere = addresses.filter((address) => (cityOfStreet[streetOf(address)] ?? address.city) !== address.city);
    expect(elsewhere.map((address) => `${address.street}, ${address.postalCode} ${address.city}`)).toEqual([]);
  });

  it('writes the house number where the country writes it: first in France, after the street elsewhere', () => {
    for (const address of addresses) expect(address.street).toMatch(address.country === 'FR' ? /^\d+ \D/ : /\D \d+$/);
  });
});

describe('the seeded customers', () => {
  // Streets are read per city from the draw that used to pick them per country: every other draw
  // of the world, and so every customer, city, house number and order, is as it was.
  it('keep the names, cities and house numbers they had before their streets were read per city', () => {
    const first = (merchantId: string, mode: 'live' | 'test') => new SeededWorld({ seed: 1, ordersPerWorld: 2000, anchor: '2026-12-06' }, merchantId, mode).order(0);
    expect(first('3333', 'live')).toMatchObject({ total: 9435, customer: { customerId: 'C100744' }, billingAddress: { name: 'Studio Verlinden SRL', postalCode: '5000', city: 'Namur' } });
    expect(first('3333', 'live').billingAddress.street).toMatch(/ 114$/);
    expect(first('3333', 'test')).toMatchObject({ total: 13595, billingAddress: { name: 'Niels Meijer', postalCode: '9711 LM', city: 'Groningen' } });
    expect(first('3333', 'test').billingAddress.street).toMatch(/ 24$/);
    expect(first('4711', 'live')).toMatchObject({ total: 77820, billingAddress: { name: 'Levin Moser', postalCode: '7000', city: 'Chur' } });
    expect(first('4711', 'live').billingAddress.street).toMatch(/ 92$/);
    expect(first('4711', 'test')).toMatchObject({ total: 17800, billingAddress: { name: 'Florian Moser', postalCode: '8010', city: 'Graz' } });
    expect(first('4711', 'test').billingAddress.street).toMatch(/ 176$/);
  });
});

describe('the cities of the seed', () => {
  const valid: Record<Country, RegExp> = { BE: /^\d{4}$/, NL: /^\d{4} [A-Z]{2}$/, FR: /^\d{5}$/, DE: /^\d{5}$/, AT: /^\d{4}$/, CH: /^\d{4}$/ };

  it('have postal codes of their country’s form, and each at least a few streets, none twice', () => {
    for (const country of countries) {
      for (const city of people[country].cities) {
        expect(city.postalCode, city.city).toMatch(valid[country]);
        expect(city.streets.length, city.city).toBeGreaterThanOrEqual(4);
        expect(new Set(city.streets).size, city.city).toBe(city.streets.length);
      }
    }
  });
});
