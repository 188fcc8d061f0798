import { extendableFrom, extensionBlock } from './expiry-extension';

const expiring = { status: 'created', expiryExtended: false, daysToExpiry: 14, maxExpiresAt: '2026-12-30' } as const;

describe('whether an order’s expiry can be extended', () => {
  it('can in its last 14 days, its expiry day included', () => {
    expect(extensionBlock(expiring)).toBeNull();
    expect(extensionBlock({ ...expiring, daysToExpiry: 0 })).toBeNull();
  });

  it('cannot earlier, a second time, or once the order is no longer created', () => {
    expect(extensionBlock({ ...expiring, daysToExpiry: 15 })).toBe('early');
    expect(extensionBlock({ ...expiring, expiryExtended: true, daysToExpiry: 40 })).toBe('extended');
    expect(extensionBlock({ ...expiring, status: 'activated', daysToExpiry: null, maxExpiresAt: null })).toBe('not-created');
    expect(extensionBlock({ ...expiring, status: 'cancelled', daysToExpiry: null, maxExpiresAt: null })).toBe('not-created');
  });

  it('opens 14 days before the expiry, across a month and a year', () => {
    expect(extendableFrom('2027-01-01')).toBe('2026-12-18');
    expect(extendableFrom('2027-03-10')).toBe('2027-02-24');
  });
});
