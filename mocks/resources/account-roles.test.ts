import { call, signIn, type accounts } from '../testing/api-client';
import { accountCall } from '../testing/account-calls';
import { resetSmallBackend } from '../testing/small-backend';

// Every endpoint of the account, called by each role, by another merchant's admin and by nobody.
// Another merchant's admin reaches its own account only: what it reads and changes is its own.

type Caller = keyof typeof accounts | 'nobody';
type Expected = Record<Caller, number>;

const atelierKey = 'key_8c4f2d90e1a7b635';
const readable: Expected = { admin: 200, finance: 200, support: 403, bergblick: 200, nobody: 401 };
const adminOnly: Expected = { admin: 200, finance: 403, support: 403, bergblick: 200, nobody: 401 };

const billing = { companyName: 'Atelier Lumière SRL', street: 'Rue du Marché 14', postalCode: '1000', city: 'Bruxelles', country: 'BE', vatNumber: 'BE0123456749', invoiceEmail: 'factures@atelier-lumiere.example' };
const bergblickBilling = { ...billing, companyName: 'Bergblick AG', street: 'Bahnhofstrasse 21', postalCode: '8001', city: 'Zürich', country: 'CH', vatNumber: 'CHE-123.456.788 MWST' };

const matrix: { name: string; method: string; path: string; body?: (caller: Caller) => unknown; expected: Expected }[] = [
  { name: 'read the billing details', method: 'GET', path: '/billing-details', expected: readable },
  { name: 'change the billing details', method: 'PUT', path: '/billing-details', body: (caller) => (caller === 'bergblick' ? bergblickBilling : billing), expected: adminOnly },
  { name: 'read the payout account', method: 'GET', path: '/payout-account', expected: readable },
  { name: 'change the payout account', method: 'PUT', path: '/payout-account', body: () => ({ accountHolder: 'Holder', iban: 'BE71 0961 2345 6769', currentPassword: 'demo-password' }), expected: adminOnly },
  { name: 'list the API keys', method: 'GET', path: '/api-keys', expected: adminOnly },
  { name: 'create a test key', method: 'POST', path: '/api-keys', body: () => ({ name: 'Shop', mode: 'test' }), expected: { ...adminOnly, admin: 201, bergblick: 201 } },
  // Bergblick has not passed its security check.
  { name: 'create a live key', method: 'POST', path: '/api-keys', body: () => ({ name: 'Shop', mode: 'live', currentPassword: 'demo-password' }), expected: { ...adminOnly, admin: 201, bergblick: 409 } },
  // Atelier Lumière's key is unknown to another merchant.
  { name: "revoke Atelier Lumière's key", method: 'POST', path: `/api-keys/${atelierKey}/revoke`, expected: { ...adminOnly, bergblick: 404 } },
  { name: 'read the security check', method: 'GET', path: '/security-check', expected: adminOnly },
  // Atelier Lumière passed long ago; Bergblick has not done its checklist.
  { name: 'request the security check', method: 'POST', path: '/security-check', expected: { ...adminOnly, admin: 409, bergblick: 409 } },
];

const callers: Caller[] = ['admin', 'finance', 'support', 'bergblick', 'nobody'];

describe.each(matrix)('to $name', ({ method, path, body, expected }) => {
  beforeEach(() => resetSmallBackend());

  it.each(callers)('%s gets the status the rules say', async (caller) => {
    const token = caller === 'nobody' ? undefined : await signIn(caller);
    const response = await accountCall(path, token, method, body?.(caller));
    expect(response.status).toBe(expected[caller]);
    if (response.status >= 400) expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  });
});

describe('the security check of the demo', () => {
  beforeEach(() => resetSmallBackend());

  it.each(callers)('is passed at once by an admin only: %s', async (caller) => {
    const token = caller === 'nobody' ? undefined : await signIn(caller);
    const response = await call('/demo/security-check/pass', { token, method: 'POST', mode: null });
    expect(response.status).toBe({ admin: 200, finance: 403, support: 403, bergblick: 200, nobody: 401 }[caller]);
  });
});

describe('what another merchant reads and changes', () => {
  beforeEach(() => resetSmallBackend());

  it('is its own account, never Atelier Lumière’s', async () => {
    const bergblick = await signIn('bergblick');
    const admin = await signIn('admin');
    expect((await (await accountCall('/billing-details', bergblick)).json()) as object).toMatchObject({ companyName: 'Bergblick AG', country: 'CH' });
    expect(((await (await accountCall('/payout-account', bergblick)).json()) as { current: unknown }).current).toBeNull();
    const theirKeys = ((await (await accountCall('/api-keys', bergblick)).json()) as { items: { id: string }[] }).items.map((key) => key.id);
    expect(theirKeys).not.toContain(atelierKey);

    expect((await accountCall('/billing-details', bergblick, 'PUT', { ...bergblickBilling, city: 'Luzern' })).status).toBe(200);
    expect((await (await accountCall('/billing-details', admin)).json()) as object).toMatchObject({ city: 'Bruxelles' });
    // Atelier Lumière's key still works.
    const mine = ((await (await accountCall('/api-keys', admin)).json()) as { items: { id: string; revokedAt: string | null }[] }).items;
    expect(mine.find((key) => key.id === atelierKey)?.revokedAt).toBeNull();
  });
});
