import { newestOrderYear, orderAction, orderDetail, unusedCreatedOrder } from './order-data';
import { signIn } from './session';
import { ensure, expectStatus, type Account, type Context } from './suite';

// What the roles may not do, and that the refusal changes nothing; and what they may.

export async function roleChecks(context: Context): Promise<void> {
  const { api, suite, options } = context;
  const signedIn = (email: string, role: string) =>
    suite.check(`${email} signs in as ${role}`, async () => {
      const account = await signIn(api, email, options.password);
      ensure(account.role === role, `${email} is ${account.role}, not ${role}`);
      return account;
    });
  const finance = await signedIn(options.financeEmail, 'finance');
  const support = await signedIn(options.supportEmail, 'support');
  const call = (account: Account | undefined, path: string) => {
    ensure(account, 'needs the sign-in above');
    return api.call(path, { token: account.token });
  };

  await suite.check('finance may not activate an order (403), and the order stays as it was', async () => {
    ensure(finance, 'needs the sign-in above');
    const order = await unusedCreatedOrder(context);
    const answer = await orderAction({ ...context, admin: finance }, order.orderNumber, 'activate', { version: order.version });
    expectStatus(answer, 403);
    const after = await orderDetail(context, order.orderNumber);
    ensure(after.version === order.version && after.status === 'created', `order ${order.orderNumber} changed although finance was refused`);
  });

  await suite.check('finance may export orders and read statements', async () => {
    expectStatus(await call(finance, '/exports/orders?status=created'), 200);
    expectStatus(await call(finance, `/statements?year=${await newestOrderYear(context)}`), 200);
  });

  await suite.check('support may not export orders (403)', async () => {
    expectStatus(await call(support, '/exports/orders'), 403);
  });

  await suite.check('support may not read statements (403)', async () => {
    // The first week of the year before the data's: a week that has surely ended.
    const year = await newestOrderYear(context);
    expectStatus(await call(support, `/statements?year=${year}`), 403);
    for (const file of ['', '/csv', '/pdf']) expectStatus(await call(support, `/statements/${year - 1}-W01${file}`), 403);
  });

  await suite.check('support may look orders up, with its views of the list, and write to support', async () => {
    expectStatus(await call(support, '/orders?pageSize=1'), 200);
    expectStatus(await call(support, '/orders/views'), 200);
    expectStatus(await call(support, '/support/tickets'), 200);
  });
}
