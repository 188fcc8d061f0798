import { billingDetailsBodySchema } from '@/contract/account';
import { seededAccount, seededMerchantIds } from './seed-account';

describe('the seeded accounts', () => {
  it.each(seededMerchantIds)('of merchant %s hold billing details the contract accepts, check digits and postal code included', (merchantId) => {
    const { billing } = seededAccount(merchantId, '2026-11-24');
    expect(billingDetailsBodySchema.safeParse(billing).error?.issues).toBeUndefined();
  });
});
