import { expiryExtension, type OrderDetail } from '@/contract/orders';
import { orderAction, orderDetail, unusedCreatedOrder } from './order-data';
import { signIn } from './session';
import { ensure, expectStatus, type Context } from './suite';

// Extending a created order's expiry, in the test world: once, in its last days, to the provider's
// limit. A small world may hold a single order that close to its expiry: every check shares it.

/** A 409 whose problem says why, and an order left as it was. */
async function expectRefused(context: Context, order: OrderDetail, version: number, type: string): Promise<void> {
  const answer = await orderAction(context, order.orderNumber, 'extend-expiry', { version });
  expectStatus(answer, 409);
  const problem = answer.json<{ type?: unknown; detail?: unknown }>();
  ensure(typeof problem.type === 'string' && problem.type.endsWith(`/${type}`), `the 409 has type ${JSON.stringify(problem.type)}, not …/${type}`);
  ensure(typeof problem.detail === 'string' && problem.detail.length > 0, 'the 409 does not say why in its detail');
  const after = await orderDetail(context, order.orderNumber);
  ensure(after.version === order.version && after.expiresAt === order.expiresAt, `order ${order.orderNumber} changed although the extension was refused`);
}

export async function expiryChecks(context: Context): Promise<void> {
  const { api, suite, options, runId } = context;
  const { days, windowDays } = expiryExtension;

  const expiring = await suite.check(`support may not extend the expiry of an order in its last ${windowDays} days (403), and the order stays as it was`, async () => {
    const order = await unusedCreatedOrder(context, { expiresWithinDays: windowDays });
    ensure(order.maxExpiresAt !== null && !order.expiryExtended, `order ${order.orderNumber} cannot be extended: maxExpiresAt ${order.maxExpiresAt}, extended ${order.expiryExtended}`);
    const support = await signIn(api, options.supportEmail, options.password);
    expectStatus(await orderAction({ ...context, admin: support }, order.orderNumber, 'extend-expiry', { version: order.version }), 403);
    const after = await orderDetail(context, order.orderNumber);
    ensure(after.version === order.version && !after.expiryExtended, `order ${order.orderNumber} changed although support was refused`);
    return order;
  });

  const extension = await suite.check(`an admin's extension answers 200 with the provider's limit as the expiry, and the timeline holds it`, async () => {
    ensure(expiring, 'needs the order above');
    const before = expiring;
    const answer = await orderAction(context, before.orderNumber, 'extend-expiry', { version: before.version }, `conformance-${runId}-extend`);
    expectStatus(answer, 200);
    const order = answer.json<OrderDetail>();
    ensure(order.status === 'created' && order.expiryExtended, `order ${order.orderNumber} is ${order.status}, extended ${order.expiryExtended}`);
    ensure(order.expiresAt === before.maxExpiresAt, `the expiry became ${order.expiresAt}, not the limit ${before.maxExpiresAt}`);
    ensure(order.daysToExpiry === (before.daysToExpiry ?? 0) + days, `${before.daysToExpiry} days to expiry became ${order.daysToExpiry}`);
    ensure(order.version === before.version + 1, `version ${before.version} became ${order.version}`);
    const event = order.events.at(-1);
    ensure(event?.type === 'expiry-extended' && event.expiresAt === order.expiresAt, `the last event is ${JSON.stringify(event)}`);
    return { before, order };
  });

  await suite.check('a stale version is refused with 409 and the expiry stays', async () => {
    ensure(extension, 'needs the extension above');
    await expectRefused(context, extension.order, extension.before.version, 'stale-version');
  });

  await suite.check('a second extension is refused with 409 saying why', async () => {
    ensure(extension, 'needs the extension above');
    await expectRefused(context, extension.order, extension.order.version, 'not-allowed');
  });

  await suite.check(`an order with more than ${windowDays} days left is refused with 409 saying why`, async () => {
    const order = await unusedCreatedOrder(context);
    ensure((order.daysToExpiry ?? 0) > windowDays, `the newest created order ${order.orderNumber} has only ${order.daysToExpiry} days left`);
    await expectRefused(context, order, order.version, 'not-allowed');
  });
}
