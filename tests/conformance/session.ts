import type { Session } from '@/contract/session';
import type { Api } from './api';
import { ensure, expectProblemNaming, expectStatus, type Account, type Suite } from './suite';

/** Signs in, or fails the check that asked. */
export async function signIn(api: Api, email: string, password: string): Promise<Account> {
  const answer = await api.call('/session', { method: 'POST', mode: null, body: { email, password } });
  expectStatus(answer, 201);
  const { token, user, merchant } = answer.json<Session>();
  ensure(user.email.toLowerCase() === email.toLowerCase(), `signed in as ${email}, the session is ${user.email}'s`);
  return { token, email: user.email, name: user.name, role: user.role, merchantId: merchant.id };
}

/** Sign-in, the session and sign-out; answers the admin account the other areas use. */
export async function sessionChecks(suite: Suite, api: Api, email: string, password: string): Promise<Account | undefined> {
  const admin = await suite.check('sign-in answers 201 with a session', () => signIn(api, email, password));

  await suite.check('sign-in with a wrong password is refused (401 or 422)', async () => {
    const answer = await api.call('/session', { method: 'POST', mode: null, body: { email, password: `${password}-wrong` } });
    expectStatus(answer, 401, 422);
  });

  await suite.check('sign-in with a body that is not JSON is refused (400)', async () => {
    expectStatus(await api.call('/session', { method: 'POST', mode: null, rawBody: '{"email":' }), 400);
  });

  await suite.check('sign-in without a password names the field (422)', async () => {
    expectProblemNaming(await api.call('/session', { method: 'POST', mode: null, body: { email } }), 422, ['password']);
  });

  await suite.check('GET /session answers the signed-in session', async () => {
    ensure(admin, 'needs the sign-in above');
    const answer = await api.call('/session', { token: admin.token, mode: null });
    expectStatus(answer, 200);
    const session = answer.json<Session>();
    ensure(session.token === admin.token && session.user.email === admin.email, 'GET /session answers another session');
  });

  await suite.check('GET /session without a token or with an unknown one is refused (401)', async () => {
    expectStatus(await api.call('/session', { mode: null }), 401);
    expectStatus(await api.call('/session', { token: 'no-such-token', mode: null }), 401);
  });

  await suite.check('DELETE /session ends the session (204, then 401), and needs one (401)', async () => {
    const other = await signIn(api, email, password);
    expectStatus(await api.call('/session', { method: 'DELETE', token: other.token, mode: null }), 204);
    expectStatus(await api.call('/session', { token: other.token, mode: null }), 401);
    expectStatus(await api.call('/session', { method: 'DELETE', token: other.token, mode: null }), 401);
    expectStatus(await api.call('/session', { method: 'DELETE', mode: null }), 401);
    if (admin) expectStatus(await api.call('/session', { token: admin.token, mode: null }), 200);
  });

  return admin;
}
