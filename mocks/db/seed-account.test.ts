import { billingDetailsBodySchema } from '@/contract/account';
import { setToday } from '../rules/clock';
import { seededUsers } from './accounts';
import { SeededWorld } from './seed';
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

  it.each(seededMerchantIds)("of merchant %s is by admins who signed in before their last change in it, the demo's own admin aside", (merchantId) => {
    const anchor = '2026-11-24';
    setToday(anchor);
    try {
      const world = new SeededWorld({ seed: 1, ordersPerWorld: 600, anchor }, merchantId, 'live');
      const events = Array.from({ length: 600 }, (_, position) => world.order(position).events).flat();
      const secondAdmin = seededUsers().find((user) => user.merchantId === merchantId && user.role === 'admin' && !user.email.startsWith('admin@'))!;
      const lastChange = events.filter((event) => event.actor === secondAdmin.name).map((event) => event.at).sort().at(-1)!;
      // Signed in on the day of their last change, before it: the session it was made in.
      expect(secondAdmin.lastSignInAt!.slice(0, 10)).toBe(lastChange.slice(0, 10));
      expect(secondAdmin.lastSignInAt! < lastChange).toBe(true);
    } finally {
      setToday(null);
    }
  });
});
