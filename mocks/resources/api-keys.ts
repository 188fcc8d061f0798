import { http, HttpResponse } from 'msw';
import { apiKeyBodySchema, apiKeyPrefixes, type CreatedApiKey } from '@/contract/account';
import { currentStore } from '../db/store';
import { contractBody, required } from '../http/contract-body';
import { logActivity } from '../http/activity';
import { bearerToken, hasLiveWorld, requireAllowed } from '../http/guards';
import { answer, ProblemError } from '../http/problem';
import { requireCurrentPassword } from '../http/passwords';
import { readBody } from '../http/validate';
import { listedKey, modeOfSecret, newestKeysFirst, newKeyId, newSecret, secretHash, type ApiKeyRecord } from '../rules/api-key';
import { now } from '../rules/clock';

export const apiKeyBody = contractBody(apiKeyBodySchema, {
  name: required('Name the key after what uses it, e.g. "Shop plugin".'),
  mode: 'Choose "test" or "live".',
  currentPassword: required('Enter your password: it confirms a live key.'),
});

const refusedKey = 'This API key is unknown or revoked.';

export const apiKeys = [
  http.get('*/api/account/api-keys', ({ request }) =>
    answer(async () => {
      const { merchant } = await requireAllowed(request, 'account:manage', 'Only an admin may see the API keys.');
      const keys = await currentStore().read((db) => newestKeysFirst(db.accounts.apiKeys(merchant.id)));
      return HttpResponse.json({ items: keys.map(listedKey) });
    }),
  ),

  // The secret is answered here once; only its hash is kept.
  http.post('*/api/account/api-keys', ({ request }) =>
    answer(async () => {
      const { merchant, user } = await requireAllowed(request, 'account:manage', 'Only an admin may create API keys.');
      const { name, mode, currentPassword } = await readBody(request, apiKeyBody);
      if (mode === 'live' && !(await hasLiveWorld(merchant.id))) {
        throw new ProblemError(409, 'Live keys are issued once your security check has passed.', { kind: { slug: 'security-check-pending', title: 'Security check not passed' } });
      }
      // The body's schema requires the password of a live key.
      if (mode === 'live') await requireCurrentPassword(user.email, currentPassword!);
      const secret = newSecret(mode);
      const key: ApiKeyRecord = {
        id: newKeyId(),
        merchantId: merchant.id,
        name,
        mode,
        prefix: apiKeyPrefixes[mode],
        lastFour: secret.slice(-4),
        secretHash: await secretHash(secret),
        createdAt: now(),
        createdBy: user.name,
        revokedAt: null,
        revokedBy: null,
      };
      await currentStore().write((context) => {
        context.record({ kind: 'api-key', key });
        logActivity(context, merchant.id, user, { kind: 'api-key-created', mode, subject: name }, key.createdAt);
      });
      return HttpResponse.json({ key: listedKey(key), secret } satisfies CreatedApiKey, { status: 201 });
    }),
  ),

  http.post('*/api/account/api-keys/:keyId/revoke', ({ request, params }) =>
    answer(async () => {
      const { merchant, user } = await requireAllowed(request, 'account:manage', 'Only an admin may revoke API keys.');
      const keyId = String(params.keyId);
      const revoked = await currentStore().write((context) => {
        const { db, record } = context;
        // Another merchant's key is as unknown as a key that never was.
        const key = db.accounts.apiKeys(merchant.id).find((candidate) => candidate.id === keyId);
        if (!key) throw new ProblemError(404, `There is no API key ${keyId}.`);
        if (key.revokedAt !== null) throw new ProblemError(409, `The key "${key.name}" was revoked already.`);
        const changed: ApiKeyRecord = { ...key, revokedAt: now(), revokedBy: user.name };
        record({ kind: 'api-key', key: changed });
        logActivity(context, merchant.id, user, { kind: 'api-key-revoked', mode: key.mode, subject: key.name }, changed.revokedAt!);
        return changed;
      });
      return HttpResponse.json(listedKey(revoked));
    }),
  ),

  // The one call an API key signs: it tells an integration whether its key is good, and whose it is.
  http.get('*/api/account/api-keys/verify', ({ request }) =>
    answer(async () => {
      const secret = bearerToken(request);
      if (secret === null || modeOfSecret(secret) === null) throw new ProblemError(401, 'Send an API key as the bearer token: Authorization: Bearer cpk_test_… or cpk_live_….');
      const hash = await secretHash(secret);
      const key = await currentStore().read((db) => db.accounts.apiKeyByHash(hash));
      if (!key || key.revokedAt !== null) throw new ProblemError(401, refusedKey);
      return HttpResponse.json({ id: key.id, name: key.name, mode: key.mode, merchantId: key.merchantId });
    }),
  ),
];
