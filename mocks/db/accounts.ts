import type { Country, Currency, Role } from '@/contract/common';

export interface Merchant {
  id: string;
  name: string;
  country: Country;
  currency: Currency;
}

export interface DemoUser {
  name: string;
  email: string;
  role: Role;
  merchantId: string;
}

/** Shown on the sign-in page of the demo build, so it is no secret. */
export const demoPassword = 'demo-password';

const merchants: readonly Merchant[] = [
  {
    id: '3333',
    name: 'Atelier Lumière',
    country: 'BE',
    currency: 'EUR',
  },
  {
    id: '4711',
    name: 'Bergblick AG',
    country: 'CH',
    currency: 'CHF',
  },
];

const demoUsers: readonly DemoUser[] = [
  { name: 'Nathalie Dubois', email: 'admin@atelier-lumiere.example', role: 'admin', merchantId: '3333' },
  { name: 'Pieter Janssens', email: 'finance@atelier-lumiere.example', role: 'finance', merchantId: '3333' },
  { name: 'Sofie Maes', email: 'support@atelier-lumiere.example', role: 'support', merchantId: '3333' },
  { name: 'Lukas Meier', email: 'admin@bergblick.example', role: 'admin', merchantId: '4711' },
];

export function findUser(email: string): DemoUser | undefined {
  const wanted = email.trim().toLowerCase();
  return demoUsers.find((user) => user.email === wanted);
}

export function findMerchant(id: string): Merchant | undefined {
  return merchants.find((merchant) => merchant.id === id);
}
