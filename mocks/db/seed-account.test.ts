import { billingDetailsBodySchema } from '@/contract/account';
import { seededUsers } from './accounts';
import { SeededWorld } from './seed';
import { lastSignInOf, seededAccount, seededMerchantIds } from './seed-account';
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

  it.each(seededMerchantIds)('of merchant %s is by admins whose last sign-in opens the session of any later change in it', (merchantId) => {
    // A seed of another day than the clock's: a world kept from an earlier visit, or reseeded since.
    const anchor = '2026-11-24';
    const world = new SeededWorld({ seed: 1, ordersPerWorld: 600, anchor }, merchantId, 'live');
    const events = Array.from({ length: 600 }, (_, position) => world.order(position).events).flat();
    for (const admin of seededUsers().filter((user) => user.merchantId === merchantId && user.role === 'admin')) {
      const signedIn = lastSignInOf(admin, anchor)!;
      const theirs = events.filter((event) => event.actor === admin.name);
      expect(theirs.length).toBeGreaterThan(0);
      // What they changed after signing in, they changed that same day: none of it is older than the sign-in's session.
      expect(theirs.filter((event) => event.at > signedIn && event.at.slice(0, 10) !== signedIn.slice(0, 10))).toEqual([]);
      expect(signedIn < `${anchor}T00:00:00.000Z`).toBe(true);
    }
  });

  it('leaves a member who took no part in it, and has not signed in, as never signed in; a sign-in is their own', () => {
    const [, finance] = seededUsers();
    expect(lastSignInOf(finance!, '2026-11-24')).toBeNull();
    expect(lastSignInOf({ ...seededUsers()[3]!, lastSignInAt: '2026-12-01T10:00:00.000Z' }, '2026-11-24')).toBe('2026-12-01T10:00:00.000Z');
  });
});
