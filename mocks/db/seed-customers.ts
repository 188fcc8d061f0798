import type { Country } from '@/contract/common';
import type { Address, Customer } from '@/contract/orders';
import type { Random } from '../rules/seeded-random';
import { legalForms, people } from './seed-people';

export interface SeedCustomer {
  customer: Customer;
  country: Country;
  billingAddress: Address;
  /** Most customers have goods delivered where they are billed. */
  deliveryAddress: Address;
}

const digits = (random: Random, count: number): string =>
  Array.from({ length: count }, () => String(random.int(0, 9))).join('');

// VAT numbers follow each country's format; Belgian and French ones also carry
// their real check digits so that they pass a validator.
function vatNumber(random: Random, country: Country): string {
  switch (country) {
    case 'BE': {
      const base = random.int(2_000_000, 9_999_999);
      const check = String(97 - (base % 97)).padStart(2, '0');
      return `BE0${base}${check}`;
    }
    case 'FR': {
      const siren = random.int(300_000_000, 999_999_999);
      const key = String((12 + 3 * (siren % 97)) % 97).padStart(2, '0');
      return `FR${key}${siren}`;
    }
    case 'NL':
      return `NL${digits(random, 9)}B01`;
    case 'DE':
      return `DE${random.int(1, 9)}${digits(random, 8)}`;
    case 'AT':
      return `ATU${random.int(1, 9)}${digits(random, 7)}`;
    case 'CH':
      return `CHE-${random.int(100, 999)}.${digits(random, 3)}.${digits(random, 3)} MWST`;
  }
}

/** Lowercase ASCII for e-mail addresses: "De Smet" → "desmet", "Müller" → "muller". */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function address(random: Random, country: Country, name: string): Address {
  const local = people[country];
  // The street is drawn first, as one number, and read from the city's streets once the city is
  // known: every address takes the draws it always took, and the rest of the world stays the same.
  const streetRoll = random.next();
  const houseNumber = random.int(1, 180);
  const { postalCode, city, streets } = random.pick(local.cities);
  const street = streets[Math.floor(streetRoll * streets.length)] as string;
  return {
    name,
    street: local.numberFirst ? `${houseNumber} ${street}` : `${street} ${houseNumber}`,
    postalCode,
    city,
    country,
  };
}

export function generateCustomer(random: Random, country: Country, customerNumber: number): SeedCustomer {
  const local = people[country];
  const firstName = random.pick(local.firstNames);
  const lastName = random.pick(local.lastNames);
  const name = `${firstName} ${lastName}`;
  const customerId = `C${customerNumber}`;
  if (random.chance(0.25)) {
    const tradingName = random.pick(local.companies);
    const company = `${tradingName} ${random.pick(legalForms[country])}`;
    const mailbox = random.pick(['orders', 'purchasing', 'office', 'admin']);
    const billingAddress = address(random, country, company);
    return {
      country,
      customer: {
        type: 'business',
        name,
        companyName: company,
        vatNumber: vatNumber(random, country),
        email: `${mailbox}@${slug(tradingName)}.example`,
        customerId,
      },
      billingAddress,
      // Businesses sometimes have goods sent to a site or a second branch.
      deliveryAddress: random.chance(0.2) ? address(random, country, company) : billingAddress,
    };
  }
  const suffix = random.chance(0.3) ? String(random.int(1, 99)) : '';
  const billingAddress = address(random, country, name);
  const giftTo = `${random.pick(local.firstNames)} ${random.pick(local.lastNames)}`;
  return {
    country,
    customer: {
      type: 'private',
      name,
      companyName: null,
      vatNumber: null,
      email: `${slug(firstName)}.${slug(lastName)}${suffix}@${random.pick(local.mailDomains)}`,
      customerId,
    },
    billingAddress,
    // A gift goes to someone else.
    deliveryAddress: random.chance(0.12) ? address(random, country, giftTo) : billingAddress,
  };
}
