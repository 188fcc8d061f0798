import { apiKeyListSchema, type ApiKey } from '@/contract/account';
import { currentStore } from '../db/store';
import { passSecurityCheck, signIn } from '../testing/api-client';
import { accountCall, createKey, verifyKey } from '../testing/account-calls';
import { problemOf } from '../testing/order-calls';
import { now, resetSmallBackend } from '../testing/small-backend';

let admin: string;

beforeEach(async () => {
  resetSmallBackend();
  admin = await signIn('admin');
});

const listKeys = async (token: string): Promise<ApiKey[]> => apiKeyListSchema.parse(await (await accountCall('/api-keys', token)).json()).items;

describe('the API keys', () => {
  it('list test and live keys, newest first, by their prefix and last four characters only', async () => {
    const keys = await listKeys(admin);
    expect(keys.map(({ name, mode, prefix, lastFour, revokedAt }) => ({ name, mode, key: `${prefix}…${lastFour}`, revoked: revokedAt !== null }))).toEqual([
      { name: 'Shop plugin', mode: 'live', key: 'cpk_live_…iWE6', revoked: false },
      { name: 'Shop plugin', mode: 'test', key: 'cpk_test_…9OGC', revoked: false },
      { name: 'Staging server', mode: 'test', key: 'cpk_test_…oZK6', revoked: true },
    ]);
  });

  it('answer a new key’s secret once; the store keeps only its hash', async () => {
    const { key, secret } = await createKey(admin, { name: '  Warehouse sync ', mode: 'test' });
    expect(secret).toMatch(/^cpk_test_[0-9A-Za-z]{32}$/);
    expect(key).toEqual({ id: expect.stringMatching(/^key_[0-9a-f]{16}$/), name: 'Warehouse sync', mode: 'test', prefix: 'cpk_test_', lastFour: secret.slice(-4), createdAt: now, createdBy: 'Nathalie Dubois', revokedAt: null, revokedBy: null });

    const listed = await listKeys(admin);
    expect(listed[0]).toEqual(key);
    expect(JSON.stringify(listed)).not.toContain(secret.slice(9));
    const kept = await currentStore().read((db) => db.accounts.apiKeys('3333').find((candidate) => candidate.id === key.id)!);
    expect(JSON.stringify(kept)).not.toContain(secret.slice(9));
    expect(kept.secretHash).toMatch(/^[0-9a-f]{64}$/);

    // Two keys are never alike.
    expect((await createKey(admin, { name: 'Warehouse sync', mode: 'test' })).secret).not.toBe(secret);
  });

  it('prove themselves with their secret until they are revoked; a revoked key is refused', async () => {
    const { key, secret } = await createKey(admin, { name: 'Shop', mode: 'live', currentPassword: 'demo-password' });
    expect(secret.startsWith('cpk_live_')).toBe(true);
    const verified = await verifyKey(secret);
    expect(verified.status).toBe(200);
    expect(await verified.json()).toEqual({ id: key.id, name: 'Shop', mode: 'live', merchantId: '3333' });

    const revoked = await accountCall(`/api-keys/${key.id}/revoke`, admin, 'POST');
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toEqual({ ...key, revokedAt: now, revokedBy: 'Nathalie Dubois' });
    const refused = await verifyKey(secret);
    expect(refused.status).toBe(401);
    expect((await problemOf(refused)).detail).toBe('This API key is unknown or revoked.');

    const again = await accountCall(`/api-keys/${key.id}/revoke`, admin, 'POST');
    expect(again.status).toBe(409);
    expect((await listKeys(admin)).find((listed) => listed.id === key.id)?.revokedAt).toBe(now);
  });

  it('refuse an unknown key, a session token or no key at all', async () => {
    for (const secret of [`cpk_test_${'x'.repeat(32)}`, 'cpk_test_short', admin]) expect((await verifyKey(secret)).status).toBe(401);
    expect((await accountCall('/api-keys/verify', undefined)).status).toBe(401);
    expect((await accountCall('/api-keys/key_0000000000000000/revoke', admin, 'POST')).status).toBe(404);
  });

  it('include no live key before the security check has passed, and one after', async () => {
    const bergblick = await signIn('bergblick');
    const refused = await accountCall('/api-keys', bergblick, 'POST', { name: 'Shop', mode: 'live', currentPassword: 'demo-password' });
    expect(refused.status).toBe(409);
    expect(await problemOf(refused)).toMatchObject({ type: 'https://comptoir.example/problems/security-check-pending', detail: 'Live keys are issued once your security check has passed.' });
    expect((await listKeys(bergblick)).map((key) => key.mode)).toEqual(['test']);
    // A test key is theirs from the start.
    expect((await createKey(bergblick, { name: 'Shop', mode: 'test' })).key.mode).toBe('test');

    await passSecurityCheck(bergblick);
    const { secret } = await createKey(bergblick, { name: 'Shop', mode: 'live', currentPassword: 'demo-password' });
    expect(await (await verifyKey(secret)).json()).toMatchObject({ mode: 'live', merchantId: '4711' });
  });

  it("make a live key only with the admin's password asked again; a test key needs none", async () => {
    const missing = await accountCall('/api-keys', admin, 'POST', { name: ' ', mode: 'live' });
    expect(missing.status).toBe(422);
    expect((await problemOf(missing)).errors).toEqual({ name: ['Name the key after what uses it, e.g. "Shop plugin".'], currentPassword: ['Enter your password: it confirms a live key.'] });
    const wrong = await accountCall('/api-keys', admin, 'POST', { name: 'Shop', mode: 'live', currentPassword: 'not-my-password' });
    expect(wrong.status).toBe(422);
    expect((await problemOf(wrong)).errors).toEqual({ currentPassword: ['The password is not right.'] });
    expect((await listKeys(admin)).filter((key) => key.name === 'Shop')).toEqual([]);
    expect((await createKey(admin, { name: 'Shop', mode: 'live', currentPassword: 'demo-password' })).key.mode).toBe('live');
    expect((await createKey(admin, { name: 'Shop', mode: 'test' })).key.mode).toBe('test');
  });

  it('answer 422 naming a missing name or an unknown world', async () => {
    const response = await accountCall('/api-keys', admin, 'POST', { name: ' ', mode: 'staging' });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual({ name: ['Name the key after what uses it, e.g. "Shop plugin".'], mode: ['Choose "test" or "live".'] });
  });
});
