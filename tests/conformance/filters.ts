import type { OrderSummary } from '@/contract/orders';
import { listOrders, sampleOrders } from './order-data';
import { ensure, expectProblemNaming, type Context } from './suite';

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
    const left = (await sampleOrders(context, { status: 'created' })).map((order) => order.daysToExpiry ?? -1).filter((days) => days >= 0 && days <= 60);
    ensure(left.length > 0, 'the test world has no created order expiring within 60 days');
    // The soonest expiry: the filter must list that order and leave out the others.
    const days = Math.min(...left);
    const page = await listOrders(context, { expiresWithinDays: days, pageSize: 100 });
    ensure(page.total > 0, `expiresWithinDays=${days} lists nothing, though a created order expires in ${days} days`);
    const stray = page.items.find((order) => order.daysToExpiry === null || order.daysToExpiry > days);
    ensure(!stray, `expiresWithinDays=${days} lists order ${stray?.orderNumber} with daysToExpiry ${stray?.daysToExpiry}`);
    expectProblemNaming(await api.call('/orders?expiresWithinDays=61', { token: admin.token }), 422, ['expiresWithinDays']);
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

  await suite.check('an unknown filter value is refused with 422 naming it', async () => {
    expectProblemNaming(await api.call('/orders?status=lost', { token: admin.token }), 422, ['status']);
  });
}
