import { billingDetailsBodySchema } from '@/contract/account';
import { seededUsers } from './accounts';
import { seededAccount, seededMerchantIds } from './seed-account';
import { merchantProfiles } from './seed-catalogue';

describe('the seeded accounts', () => {
  it.each(seededMerchantIds)('of merchant %s hold billing details the contract accepts, check digits and postal code included', (merchantId) => {
    const { billing } = seededAccount(merchantId, '2026-11-24');
    expect(billingDetailsBodySchema.safeParse(billing).error?.issues).toBeUndefined();
  });
});

describe('the seeded history', () => {
  it.each(seededMerchantIds)("of merchant %s is the work of the team's admins", (merchantId) => {
    const admins = seededUsers().filter((user) => user.merchantId === merchantId && user.role === 'admin');
    for (const name of merchantProfiles[merchantId]!.staff) expect(admins.map((admin) => admin.name)).toContain(name);
  });
});
