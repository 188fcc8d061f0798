import type { OrderDetail } from '@/contract/orders';
import { expectPdf } from './files';
import { activatedOrder, orderAction, orderDetail, unusedCreatedOrder } from './order-data';
import { ensure, expectProblemNaming, expectStatus, type Context } from './suite';

// The order actions of an admin, in the test world: activate, cancel, reduce; and an order's documents.

const creditNotes = (order: OrderDetail): number => order.documents.filter((document) => document.type === 'credit-note').length;

async function expectUnchanged(context: Context, before: OrderDetail): Promise<void> {
  const after = await orderDetail(context, before.orderNumber);
  ensure(after.version === before.version && after.status === before.status, `order ${before.orderNumber} changed although the request was refused`);
}

export async function actionChecks(context: Context): Promise<void> {
  const { api, suite, admin, runId } = context;
  const key = `conformance-${runId}-activate`;

  const activation = await suite.check('activating a created order answers 200, activated, version + 1', async () => {
    const before = await unusedCreatedOrder(context);
    const answer = await orderAction(context, before.orderNumber, 'activate', { version: before.version }, key);
    expectStatus(answer, 200);
    const order = answer.json<OrderDetail>();
    ensure(order.status === 'activated', `order ${order.orderNumber} is ${order.status} after activation`);
    ensure(order.version === before.version + 1, `version ${before.version} became ${order.version}, not ${before.version + 1}`);
    return { before, answer: order };
  });

  await suite.check('the same activation with the same Idempotency-Key is answered the same and applied once', async () => {
    ensure(activation, 'needs the activation above');
    const { before, answer } = activation;
    const again = await orderAction(context, before.orderNumber, 'activate', { version: before.version }, key);
    expectStatus(again, 200);
    ensure(JSON.stringify(again.json()) === JSON.stringify(answer), 'the retry is answered differently from the first request');
    const now = await orderDetail(context, before.orderNumber);
    ensure(now.version === before.version + 1, `the order is at version ${now.version} after a retry, not ${before.version + 1}`);
    const activations = now.events.filter((event) => event.type === 'activated').length;
    ensure(activations === 1, `the order has ${activations} activated events`);
  });

  const stale = await suite.check('a stale version is refused with 409 and nothing is applied', async () => {
    ensure(activation, 'needs the activation above');
    const { before, answer: current } = activation;
    const refused = await orderAction(context, before.orderNumber, 'cancel', { version: before.version, reason: 'Conformance check' });
    expectStatus(refused, 409);
    await expectUnchanged(context, current);
    return { problem: refused.json<Record<string, unknown>>(), current };
  });

  await suite.check("the stale version's 409 names the order's version now (`currentVersion`, as the document says)", async () => {
    ensure(stale, 'needs the 409 above');
    const { problem, current } = stale;
    ensure(
      problem.currentVersion === current.version,
      `the problem has currentVersion ${JSON.stringify(problem.currentVersion)}, not ${current.version}; its members: ${Object.keys(problem).join(', ')}`,
    );
  });

  await suite.check('activating an order that is no longer created is refused with 409', async () => {
    ensure(activation, 'needs the activation above');
    const current = await orderDetail(context, activation.before.orderNumber);
    expectStatus(await orderAction(context, current.orderNumber, 'activate', { version: current.version }), 409);
    await expectUnchanged(context, current);
  });

  await suite.check('cancelling needs a reason (422 naming reason), then cancels a created order', async () => {
    const order = await unusedCreatedOrder(context);
    expectProblemNaming(await orderAction(context, order.orderNumber, 'cancel', { version: order.version }), 422, ['reason']);
    expectProblemNaming(await orderAction(context, order.orderNumber, 'cancel', { version: order.version, reason: '   ' }), 422, ['reason']);
    const answer = await orderAction(context, order.orderNumber, 'cancel', { version: order.version, reason: 'Conformance check' });
    expectStatus(answer, 200);
    const cancelled = answer.json<OrderDetail>();
    ensure(cancelled.status === 'cancelled' && cancelled.outstanding === 0, `a cancelled order is ${cancelled.status} with ${cancelled.outstanding} outstanding`);
    ensure(cancelled.version === order.version + 1, `version ${order.version} became ${cancelled.version}`);
  });

  const reduced = await suite.check('a reduction by amount lowers what is outstanding and issues a credit note', async () => {
    const order = await activatedOrder(context);
    ensure(order.outstanding >= 2, `activated order ${order.orderNumber} has only ${order.outstanding} outstanding`);
    const amount = Math.min(500, order.outstanding - 1);
    const answer = await orderAction(context, order.orderNumber, 'reductions', { version: order.version, reason: 'Conformance check', amount });
    expectStatus(answer, 200);
    const after = answer.json<OrderDetail>();
    ensure(after.outstanding === order.outstanding - amount, `outstanding went from ${order.outstanding} to ${after.outstanding} after a reduction of ${amount}`);
    ensure(after.credited === order.credited + amount, `credited went from ${order.credited} to ${after.credited}`);
    ensure(after.version === order.version + 1, `version ${order.version} became ${after.version}`);
    ensure(creditNotes(after) === creditNotes(order) + 1, 'no credit note was issued');
    return after;
  });

  await suite.check('a reduction by lines returns the units', async () => {
    ensure(reduced, 'needs the reduced order above');
    const line = reduced.lines.find((candidate) => candidate.quantity - candidate.quantityCancelled - candidate.quantityReturned >= 1);
    ensure(line, `order ${reduced.orderNumber} has no line left to return`);
    const answer = await orderAction(context, reduced.orderNumber, 'reductions', {
      version: reduced.version,
      reason: 'Conformance check',
      lines: [{ lineId: line.id, quantity: 1 }],
    });
    expectStatus(answer, 200);
    const after = answer.json<OrderDetail>();
    const returned = after.lines.find((candidate) => candidate.id === line.id)?.quantityReturned;
    ensure(returned === line.quantityReturned + 1, `line ${line.id} has ${returned} returned, not ${line.quantityReturned + 1}`);
    ensure(after.outstanding < reduced.outstanding, `outstanding stayed at ${after.outstanding}`);
    ensure(after.version === reduced.version + 1, `version ${reduced.version} became ${after.version}`);
  });

  await suite.check('a reduction above what is outstanding is refused (422 or 409)', async () => {
    ensure(reduced, 'needs the reduced order above');
    const current = await orderDetail(context, reduced.orderNumber);
    const answer = await orderAction(context, current.orderNumber, 'reductions', { version: current.version, reason: 'Conformance check', amount: current.outstanding + 1 });
    expectStatus(answer, 422, 409);
    await expectUnchanged(context, current);
  });

  await suite.check("an order's invoice downloads as a PDF", async () => {
    ensure(activation, 'needs the activation above');
    const invoice = activation.answer.documents.find((document) => document.type === 'invoice');
    ensure(invoice, `activated order ${activation.answer.orderNumber} lists no invoice`);
    const path = `/orders/${encodeURIComponent(activation.answer.orderNumber)}/documents/${encodeURIComponent(invoice.id)}`;
    expectPdf(await api.call(path, { token: admin.token }));
    expectStatus(await api.call(`/orders/${encodeURIComponent(activation.answer.orderNumber)}/documents/no-such-document`, { token: admin.token }), 404);
  });
}
