import type { ApiKey, BillingDetails, CreatedApiKey, PayoutAccounts, SecurityCheck } from '@/contract/account';
import { signIn } from './session';
import { ensure, expectProblemNaming, expectStatus, type Account, type Context } from './suite';

// The merchant's account: who may read and change it, and API keys from creation to revocation.
// Nothing is changed for good but one test key, made and revoked; the billing details are put back as they were.

const accountPaths = ['/account/billing-details', '/account/payout-account', '/account/api-keys', '/account/security-check'];

export async function accountChecks(context: Context): Promise<void> {
  const { api, suite, admin, options, runId } = context;
  const as = (account: Account | undefined) => {
    ensure(account, 'needs the sign-in above');
    return account.token;
  };
  const finance = await suite.check('finance signs in to read the account', () => signIn(api, options.financeEmail, options.password));
  const support = await suite.check('support signs in to be refused the account', () => signIn(api, options.supportEmail, options.password));

  await suite.check('the account answers 401 without a session', async () => {
    for (const path of accountPaths) expectStatus(await api.call(path, { mode: null }), 401);
  });

  await suite.check('finance reads the billing details and the payout account, not the keys or the security check (403)', async () => {
    expectStatus(await api.call('/account/billing-details', { token: as(finance), mode: null }), 200);
    expectStatus(await api.call('/account/payout-account', { token: as(finance), mode: null }), 200);
    expectStatus(await api.call('/account/api-keys', { token: as(finance), mode: null }), 403);
    expectStatus(await api.call('/account/security-check', { token: as(finance), mode: null }), 403);
  });

  await suite.check('support reads nothing of the account (403)', async () => {
    for (const path of accountPaths) expectStatus(await api.call(path, { token: as(support), mode: null }), 403);
  });

  await suite.check('finance may change neither the billing details nor the payout account (403)', async () => {
    const details = (await api.call('/account/billing-details', { token: admin.token, mode: null })).json<BillingDetails>();
    expectStatus(await api.call('/account/billing-details', { method: 'PUT', token: as(finance), mode: null, body: details }), 403);
    expectStatus(await api.call('/account/payout-account', { method: 'PUT', token: as(finance), mode: null, body: { accountHolder: 'x', iban: 'BE71096123456769', currentPassword: 'demo-password' } }), 403);
  });

  await suite.check('the billing details saved as they are change nothing (200), a change is kept and put back, and a VAT number of another country is refused (422)', async () => {
    const read = await api.call('/account/billing-details', { token: admin.token, mode: null });
    expectStatus(read, 200);
    const stored = read.json<BillingDetails>();
    const { updatedAt: _at, updatedBy: _by, ...details } = stored;
    const same = await api.call('/account/billing-details', { method: 'PUT', token: admin.token, mode: null, body: details });
    expectStatus(same, 200);
    ensure(same.json<BillingDetails>().updatedAt === stored.updatedAt, `a save of the stored details was recorded as a change: ${JSON.stringify(same.json())}`);
    const changed = await api.call('/account/billing-details', { method: 'PUT', token: admin.token, mode: null, body: { ...details, street: `${details.street.slice(0, 80)} (conformance)` } });
    expectStatus(changed, 200);
    ensure(changed.json<BillingDetails>().updatedBy !== null, 'a change of the street was not recorded as one');
    const put = await api.call('/account/billing-details', { method: 'PUT', token: admin.token, mode: null, body: details });
    expectStatus(put, 200);
    ensure(put.json<BillingDetails>().street === details.street, 'the answer holds other billing details than those sent');
    const foreign = details.country === 'DE' ? 'ATU13585627' : 'DE136695976';
    expectProblemNaming(await api.call('/account/billing-details', { method: 'PUT', token: admin.token, mode: null, body: { ...details, vatNumber: foreign } }), 422, ['vatNumber']);
  });

  await suite.check('a payout account with a wrong IBAN check digit is refused (422), naming the field', async () => {
    const before = (await api.call('/account/payout-account', { token: admin.token, mode: null })).json<PayoutAccounts>();
    expectProblemNaming(await api.call('/account/payout-account', { method: 'PUT', token: admin.token, mode: null, body: { accountHolder: 'x', iban: 'BE71096123456768', currentPassword: 'demo-password' } }), 422, ['iban']);
    const after = (await api.call('/account/payout-account', { token: admin.token, mode: null })).json<PayoutAccounts>();
    ensure(after.history.length === before.history.length, 'a refused change was kept in the history');
  });

  await suite.check('the admin reads the security check', async () => {
    const answer = await api.call('/account/security-check', { token: admin.token, mode: null });
    expectStatus(answer, 200);
    ensure(['not-requested', 'in-review', 'passed'].includes(answer.json<SecurityCheck>().state), 'the security check has no known state');
  });

  await suite.check('a test key is made with its secret shown once, proves itself, and is refused once revoked', async () => {
    const made = await api.call('/account/api-keys', { method: 'POST', token: admin.token, mode: null, body: { name: `Conformance ${runId.slice(0, 8)}`, mode: 'test' } });
    expectStatus(made, 201);
    const { key, secret } = made.json<CreatedApiKey>();
    ensure(secret.startsWith('cpk_test_') && secret.endsWith(key.lastFour), `the secret ${secret.slice(0, 9)}… does not fit the key listed`);
    const listed = await api.call('/account/api-keys', { token: admin.token, mode: null });
    expectStatus(listed, 200);
    ensure(!listed.text().includes(secret), 'the list shows the secret again');
    ensure(listed.json<{ items: ApiKey[] }>().items.some((item) => item.id === key.id), 'the new key is not listed');

    const verify = () => api.call('/account/api-keys/verify', { token: secret, mode: null });
    expectStatus(await verify(), 200);
    expectStatus(await api.call(`/account/api-keys/${key.id}/revoke`, { method: 'POST', token: admin.token, mode: null }), 200);
    expectStatus(await verify(), 401);
    expectStatus(await api.call(`/account/api-keys/${key.id}/revoke`, { method: 'POST', token: admin.token, mode: null }), 409);
  });

  await suite.check("a live key without the admin's password is refused (422 naming currentPassword), and none is made", async () => {
    const name = `Conformance live ${runId.slice(0, 8)}`;
    expectProblemNaming(await api.call('/account/api-keys', { method: 'POST', token: admin.token, mode: null, body: { name, mode: 'live' } }), 422, ['currentPassword']);
    const listed = await api.call('/account/api-keys', { token: admin.token, mode: null });
    ensure(!listed.json<{ items: ApiKey[] }>().items.some((item) => item.name === name), 'a live key was made without the password');
  });

  await suite.check('an unknown API key is refused (401 verifying it, 404 revoking it)', async () => {
    expectStatus(await api.call('/account/api-keys/verify', { token: `cpk_test_${'0'.repeat(32)}`, mode: null }), 401);
    expectStatus(await api.call('/account/api-keys/key_0000000000000000/revoke', { method: 'POST', token: admin.token, mode: null }), 404);
  });
}
