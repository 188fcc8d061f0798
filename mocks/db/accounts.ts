import type { Country, Currency } from '@/contract/common';
import type { UserRecord } from './user-records';

export interface Merchant {
  id: string;
  name: string;
  country: Country;
  currency: Currency;
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

export function findMerchant(id: string): Merchant | undefined {
  return merchants.find((merchant) => merchant.id === id);
}

/**
 * The demo accounts every fresh backend starts with; they sign in with `demoPassword` until they
 * choose their own. Each merchant has a second admin besides the demo's: the seeded orders' history
 * and tickets are the work of both (seed-catalogue.ts).
 */
export function seededUsers(): UserRecord[] {
  const user = (id: string, name: string, email: string, role: UserRecord['role'], merchantId: string): UserRecord => ({
    id,
    merchantId,
    email,
    name,
    role,
    state: 'active',
    password: 'demo',
    invitedBy: null,
    lastSignInAt: null,
  });
  return [
    user('user-3333-1', 'Nathalie Dubois', 'admin@atelier-lumiere.example', 'admin', '3333'),
    user('user-3333-2', 'Pieter Janssens', 'finance@atelier-lumiere.example', 'finance', '3333'),
    user('user-3333-3', 'Sofie Maes', 'support@atelier-lumiere.example', 'support', '3333'),
    user('user-3333-4', 'Thomas Lambert', 'thomas.lambert@atelier-lumiere.example', 'admin', '3333'),
    user('user-4711-1', 'Lukas Meier', 'admin@bergblick.example', 'admin', '4711'),
    user('user-4711-2', 'Andrea Keller', 'andrea.keller@bergblick.example', 'admin', '4711'),
  ];
}
