import type { ActivityPage } from '@/contract/activity';
import { signIn } from './session';
import { ensure, expectProblemNaming, expectStatus, type Context } from './suite';

// The activity log: admins only; the changes made by the checks before it are in it, with who made them.
// It changes nothing but one failed sign-in to the finance address, which does not lock it.

const paths = ['/account/activity', '/account/activity/csv'];

export async function activityChecks({ api, suite, admin, options }: Context): Promise<void> {
  const read = async (query: string) => {
    const answer = await api.call(`/account/activity${query}`, { token: admin.token, mode: null });
    expectStatus(answer, 200);
    return answer.json<ActivityPage>();
  };

  await suite.check('the activity log answers 401 without a session', async () => {
    for (const path of paths) expectStatus(await api.call(path, { mode: null }), 401);
  });

  await suite.check('finance and support may not read the activity log (403)', async () => {
    for (const email of [options.financeEmail, options.supportEmail]) {
      const account = await signIn(api, email, options.password);
      for (const path of paths) expectStatus(await api.call(path, { token: account.token, mode: null }), 403);
    }
  });

  await suite.check("the admin's change of the billing details is in the log, by the admin, in no world", async () => {
    const { items } = await read(`?kind=billing-details-changed&person=${encodeURIComponent(admin.email)}&pageSize=1`);
    const [latest] = items;
    ensure(latest, 'the billing details were changed above, but the log does not show it');
    ensure(latest.actor?.email === admin.email && latest.mode === null && latest.merchantId === admin.merchantId, `the item reads ${JSON.stringify(latest)}`);
  });

  await suite.check('a failed sign-in to an address of the team is in its log, under that address', async () => {
    expectStatus(await api.call('/session', { method: 'POST', mode: null, body: { email: options.financeEmail, password: `not-${options.password}` } }), 401);
    const { items } = await read(`?kind=sign-in-failed&pageSize=1`);
    ensure(items[0]?.actor?.email === options.financeEmail, `the newest failed sign-in is ${JSON.stringify(items[0])}`);
  });

  await suite.check('bad filters are refused (422), naming each parameter', async () => {
    for (const path of paths) expectProblemNaming(await api.call(`${path}?kind=order-eaten&person=nobody`, { token: admin.token, mode: null }), 422, ['kind', 'person']);
  });

  await suite.check('the log is exported as CSV with a byte-order mark and a header row', async () => {
    const answer = await api.call('/account/activity/csv?kind=signed-in', { token: admin.token, mode: null });
    expectStatus(answer, 200);
    ensure(answer.contentType === 'text/csv', `Content-Type ${answer.contentType}`);
    ensure(answer.bytes[0] === 0xef && answer.bytes[1] === 0xbb && answer.bytes[2] === 0xbf, 'the file has no byte-order mark');
    ensure(answer.text().startsWith('at,actorName,actorEmail,mode,kind,'), 'the header row is not the documented one');
  });
}
