import { limits } from '@/contract/common';
import { paymentSchedule, type OrderSummary, type PaymentState } from '@/contract/orders';
import { type OrderViews } from '@/contract/order-list';
import { listOrders, sampleOrders } from './order-data';
import { ensure, expectProblemNaming, expectStatus, type Context } from './suite';

// Each filter of the list, with values taken from the data itself so that every filter matches something.

/** The list filters that take a comma-separated set of values, with the field each one tests. */
const setFilters: [param: string, valueOf: (order: OrderSummary) => string][] = [
  ['status', (order) => order.status],
  ['shipping', (order) => order.shippingStatus],
  ['completeness', (order) => order.completeness],
  ['method', (order) => order.paymentMethod],
  ['country', (order) => order.country],
];

const dayOf = (order: OrderSummary): string => order.orderDate.slice(0, 10);

/** The states of an activated order unpaid after its due date, in the order they follow each other. */
const lateStates: PaymentState[] = ['overdue', 'reminder-1', 'reminder-2', 'collection'];

export async function filterChecks(context: Context): Promise<void> {
  const { api, suite, admin } = context;

  for (const [param, valueOf] of setFilters) {
    await suite.check(`filter ${param}: one value, then two, lists only matching orders`, async () => {
      const values = [...new Set((await sampleOrders(context)).map(valueOf))];
      const totals: number[] = [];
      for (const wanted of [values.slice(0, 1), values.slice(1, 2), values.slice(0, 2)]) {
        if (wanted.length === 0) continue;
        const page = await listOrders(context, { [param]: wanted.join(','), pageSize: 100 });
        const stray = page.items.find((order) => !wanted.includes(valueOf(order)));
        ensure(!stray, `${param}=${wanted.join(',')} lists order ${stray?.orderNumber} with ${param} ${stray && valueOf(stray)}`);
        ensure(page.total > 0, `${param}=${wanted.join(',')} lists nothing, though the sample has such orders`);
        totals.push(page.total);
      }
      if (totals.length === 3) ensure(totals[2] === totals[0]! + totals[1]!, `${param}: ${totals[2]} orders for both values, ${totals[0]} + ${totals[1]} for each`);
    });
  }

  await suite.check('filter from/to: lists only orders of those days', async () => {
    const sample = await sampleOrders(context);
    const day = dayOf(sample[Math.floor(sample.length / 2)]!);
    const page = await listOrders(context, { from: day, to: day, pageSize: 100 });
    ensure(page.total > 0, `from=to=${day} lists nothing, though an order of that day is listed`);
    const stray = page.items.find((order) => dayOf(order) !== day);
    ensure(!stray, `from=to=${day} lists order ${stray?.orderNumber} of ${stray?.orderDate}`);
    const after = await listOrders(context, { from: day, sort: 'orderDate', order: 'asc', pageSize: 100 });
    ensure(after.items.every((order) => dayOf(order) >= day), `from=${day} lists an earlier order`);
  });

  await suite.check('a date range ending before it starts is refused with 422', async () => {
    expectProblemNaming(await api.call('/orders?from=2026-03-02&to=2026-03-01', { token: admin.token }), 422, ['to']);
  });

  await suite.check('filter expiresWithinDays: lists only orders expiring that soon', async () => {
    const left = (await sampleOrders(context, { status: 'created' })).map((order) => order.daysToExpiry ?? -1).filter((days) => days >= 0 && days <= limits.expiresWithinDaysMax);
    ensure(left.length > 0, `the test world has no created order expiring within ${limits.expiresWithinDaysMax} days`);
    // The soonest expiry: the filter must list that order and leave out the others.
    const days = Math.min(...left);
    const page = await listOrders(context, { expiresWithinDays: days, pageSize: 100 });
    ensure(page.total > 0, `expiresWithinDays=${days} lists nothing, though a created order expires in ${days} days`);
    const stray = page.items.find((order) => order.daysToExpiry === null || order.daysToExpiry > days);
    ensure(!stray, `expiresWithinDays=${days} lists order ${stray?.orderNumber} with daysToExpiry ${stray?.daysToExpiry}`);
    expectProblemNaming(await api.call(`/orders?expiresWithinDays=${limits.expiresWithinDaysMax + 1}`, { token: admin.token }), 422, ['expiresWithinDays']);
  });

  for (const [by, valueOf] of [
    ['order number', (order: OrderSummary) => order.orderNumber],
    ['payment reference', (order: OrderSummary) => order.paymentReference],
  ] as const) {
    await suite.check(`search q by ${by} finds the order`, async () => {
      const sample = await sampleOrders(context);
      const order = sample[sample.length - 1]!;
      const page = await listOrders(context, { q: valueOf(order) });
      ensure(page.items.some((item) => item.orderNumber === order.orderNumber), `q=${valueOf(order)} does not list order ${order.orderNumber}`);
    });
  }

  await suite.check('filter paymentState: one state, then two, lists only orders in them', async () => {
    const states = [...new Set((await sampleOrders(context, { status: 'activated,paid' })).map((order) => order.paymentState))].filter((state) => state !== null);
    ensure(states.length > 0, 'the test world lists no order with a payment state');
    const totals: number[] = [];
    for (const wanted of [states.slice(0, 1), states.slice(1, 2), states.slice(0, 2)]) {
      if (wanted.length === 0) continue;
      const page = await listOrders(context, { paymentState: wanted.join(','), pageSize: 100 });
      const stray = page.items.find((order) => order.paymentState === null || !wanted.includes(order.paymentState));
      ensure(!stray, `paymentState=${wanted.join(',')} lists order ${stray?.orderNumber} in ${stray?.paymentState}`);
      ensure(page.total > 0, `paymentState=${wanted.join(',')} lists nothing, though the sample has such orders`);
      totals.push(page.total);
    }
    if (totals.length === 3) ensure(totals[2] === totals[0]! + totals[1]!, `paymentState: ${totals[2]} orders for both states, ${totals[0]} + ${totals[1]} for each`);
    expectProblemNaming(await api.call('/orders?paymentState=late', { token: admin.token }), 422, ['paymentState']);
  });

  await suite.check('filter overdueByMoreThanDays agrees with the dunning schedule the contract states', async () => {
    const total = async (query: Record<string, string | number>) => (await listOrders(context, { ...query, pageSize: 1 })).total;
    // More than 0 days late is any late state; more than 14 is reminder 1 or later.
    for (const [days, states] of [
      [0, lateStates],
      [paymentSchedule.reminderOne - 1, lateStates.slice(1)],
      [paymentSchedule.collection - 1, lateStates.slice(3)],
    ] as const) {
      const late = await total({ overdueByMoreThanDays: days });
      const inStates = await total({ paymentState: states.join(',') });
      ensure(late === inStates, `overdueByMoreThanDays=${days} lists ${late} orders, paymentState=${states.join(',')} ${inStates}`);
    }
    const page = await listOrders(context, { overdueByMoreThanDays: 0, pageSize: 100 });
    const stray = page.items.find((order) => order.status !== 'activated' || order.paymentState === null || !lateStates.includes(order.paymentState));
    ensure(!stray, `overdueByMoreThanDays=0 lists order ${stray?.orderNumber}, ${stray?.status} and ${stray?.paymentState}`);
    expectProblemNaming(await api.call('/orders?overdueByMoreThanDays=-1', { token: admin.token }), 422, ['overdueByMoreThanDays']);
  });

  await suite.check('sort by dueDate and paymentState: in order, the orders without one last', async () => {
    const byDue = (await listOrders(context, { sort: 'dueDate', order: 'desc', pageSize: 100, status: 'activated,created' })).items.map((order) => order.dueDate);
    const dated = byDue.filter((due) => due !== null);
    ensure(byDue.slice(0, dated.length).every((due) => due !== null), 'sort=dueDate lists an order without a due date before one with it');
    ensure(dated.every((due, index) => index === 0 || due <= dated[index - 1]!), 'sort=dueDate&order=desc is not in descending due date');
    const rank = (state: PaymentState | null) => (state === null ? Number.POSITIVE_INFINITY : ['not-due', 'due', ...lateStates, 'paid'].indexOf(state));
    const states = (await listOrders(context, { sort: 'paymentState', order: 'asc', pageSize: 100 })).items.map((order) => rank(order.paymentState));
    ensure(states.every((value, index) => index === 0 || value >= states[index - 1]!), 'sort=paymentState is not in life-cycle order');
  });

  await suite.check('filter creditedSince: lists only orders credited on or after that day', async () => {
    const credited = (await sampleOrders(context, { status: 'credited' })).map((order) => order.lastCreditedAt).filter((at) => at !== null);
    ensure(credited.length > 0, 'the test world lists no credited order with the day of its credit');
    const day = credited.sort()[Math.floor(credited.length / 2)]!.slice(0, 10);
    const page = await listOrders(context, { creditedSince: day, pageSize: 100 });
    ensure(page.total > 0, `creditedSince=${day} lists nothing, though an order was credited that day`);
    const stray = page.items.find((order) => order.lastCreditedAt === null || order.lastCreditedAt.slice(0, 10) < day);
    ensure(!stray, `creditedSince=${day} lists order ${stray?.orderNumber} last credited ${stray?.lastCreditedAt}`);
  });

  await suite.check('search q forgives spaces, case, a missing BP prefix and leading zeros', async () => {
    const sample = await sampleOrders(context);
    const { orderNumber, merchantId } = sample[Math.floor(sample.length / 2)]!;
    for (const q of [`BP ${orderNumber}/${merchantId}`, `bp${orderNumber} / ${merchantId}`, `${orderNumber}/${merchantId}`, `00${orderNumber}`]) {
      const found = (await listOrders(context, { q })).items.map((order) => order.orderNumber);
      ensure(found.length === 1 && found[0] === orderNumber, `q=${q} lists ${found.join(', ') || 'nothing'}, not order ${orderNumber} alone`);
    }
  });

  await suite.check('GET /orders/views: each view counts the orders its link lists', async () => {
    const answer = await api.call('/orders/views', { token: admin.token });
    expectStatus(answer, 200);
    const { views } = answer.json<OrderViews>();
    ensure(views.length > 0, 'an admin is offered no view');
    for (const view of views) {
      const { total } = await listOrders(context, { ...view.query, pageSize: 1 });
      ensure(total === view.count, `view ${view.id} counts ${view.count} orders, its link lists ${total}`);
    }
  });

  await suite.check('an unknown filter value is refused with 422 naming it', async () => {
    expectProblemNaming(await api.call('/orders?status=lost', { token: admin.token }), 422, ['status']);
  });
}
