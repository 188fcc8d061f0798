import { apiKeyPrefixes, billingDetailsExample, type BillingDetails, type PayoutAccount } from '@/contract/account';
import type { Mode } from '@/contract/common';
import { ibanOf } from '../rules/bank-details';
import type { ApiKeyRecord } from '../rules/api-key';
import { addDays } from '../rules/dates';
import { firstUnannouncedPayoutDate } from '../rules/payout-schedule';
import type { SecurityCheckRecord } from '../rules/security-check';
import { merchantProfiles } from './seed-catalogue';
import type { UserRecord } from './user-records';

// What each merchant's account holds when the demo starts, dated back from the seed's anchor day
// like its orders. Atelier Lumière went live months ago; Bergblick is still integrating: it has a
// test key, its company details, no payout account yet and has not asked for the security check.

export interface AccountSeed {
  billing: BillingDetails;
  payoutAccounts: PayoutAccount[];
  securityCheck: SecurityCheckRecord;
  apiKeys: ApiKeyRecord[];
}

const at = (anchor: string, daysBefore: number, time: string) => `${addDays(anchor, -daysBefore)}T${time}.000Z`;

// Only the hashes of the seeded keys' secrets are kept, like those of any key.
function atelierLumiere(anchor: string): AccountSeed {
  const admin = 'Nathalie Dubois';
  const key = (id: string, name: string, mode: Mode, lastFour: string, secretHash: string, daysBefore: number) => ({
    id,
    merchantId: '3333',
    name,
    mode,
    prefix: apiKeyPrefixes[mode],
    lastFour,
    secretHash,
    createdAt: at(anchor, daysBefore, '09:12:00'),
    createdBy: admin,
    revokedAt: null,
    revokedBy: null,
  });
  return {
    billing: {
      ...billingDetailsExample,
      updatedAt: null,
      updatedBy: null,
    },
    payoutAccounts: [
      {
        accountHolder: 'Atelier Lumière SRL',
        iban: ibanOf('BE', '096123456769'),
        effectiveFrom: firstUnannouncedPayoutDate(addDays(anchor, -300)),
        changedAt: at(anchor, 300, '10:04:00'),
        changedBy: admin,
      },
    ],
    securityCheck: { requestedAt: at(anchor, 300, '10:30:00'), requestedBy: admin, passedAt: null },
    apiKeys: [
      { ...key('key_5b1e07c2a9d3f468', 'Staging server', 'test', 'oZK6', 'cab2be80a4382b1f303964353f5d3a32c6606608be211f606b334d88629d5bcd', 310), revokedAt: at(anchor, 120, '16:40:00'), revokedBy: admin },
      key('key_8c4f2d90e1a7b635', 'Shop plugin', 'test', '9OGC', 'e642e1e8f5556f78070e98d0311b50b6b317fe776d2a314112a526e894c6f2da', 305),
      key('key_2e9a6b13f07c4d58', 'Shop plugin', 'live', 'iWE6', 'c47eeffff88fad73ad340c0e40184675bac27d3a652985503e99bf05415ae513', 296),
    ],
  };
}

function bergblick(anchor: string): AccountSeed {
  return {
    billing: {
      companyName: 'Bergblick AG',
      street: 'Bahnhofstrasse 21',
      postalCode: '8001',
      city: 'Zürich',
      country: 'CH',
      vatNumber: 'CHE-123.456.788 MWST',
      invoiceEmail: 'buchhaltung@bergblick.example',
      updatedAt: null,
      updatedBy: null,
    },
    payoutAccounts: [],
    securityCheck: { requestedAt: null, requestedBy: null, passedAt: null },
    apiKeys: [
      {
        id: 'key_d07f3a5c9b2e8146',
        merchantId: '4711',
        name: 'Staging shop',
        mode: 'test',
        prefix: apiKeyPrefixes.test,
        lastFour: 'uASm',
        secretHash: '7d5da38c2b707f70d44021a968935fa2cab069687edafbbb35d25f0ba2f13494',
        createdAt: at(anchor, 12, '14:20:00'),
        createdBy: 'Lukas Meier',
        revokedAt: null,
        revokedBy: null,
      },
    ],
  };
}

const seeds: Record<string, (anchor: string) => AccountSeed> = { '3333': atelierLumiere, '4711': bergblick };

export const seededMerchantIds = Object.keys(seeds);

export function seededAccount(merchantId: string, anchor: string): AccountSeed {
  const seed = seeds[merchantId];
  if (!seed) throw new RangeError(`No account seed for merchant ${merchantId}`);
  return seed(anchor);
}

/**
 * When a member last signed in, as the team page tells it. The seeded orders and tickets are partly
 * the work of admins who never sign in in the demo: one who has not signed in since last did the
 * morning before the seed's day (`anchor`), before the seeded history's last changes, made from
 * 06:00 UTC that day.
 */
export function lastSignInOf(user: Pick<UserRecord, 'name' | 'merchantId' | 'lastSignInAt'>, anchor: string): string | null {
  if (user.lastSignInAt !== null) return user.lastSignInAt;
  const seededWork = merchantProfiles[user.merchantId]?.staff.includes(user.name ?? '') ?? false;
  return seededWork ? `${addDays(anchor, -1)}T05:42:00.000Z` : null;
}
