import type { OrderSummary, SortKey } from '@/contract/orders';
import { listOrders, orderDetail, sampleOrders } from './order-data';
import { ensure, expectProblemNaming, expectStatus, type Context } from './suite';

// The orders list: paging, sorting, the two data worlds, and one order in full.

/** Sort keys whose order is plain arithmetic, so no collation can disagree. */
const numericSorts: Partial<Record<SortKey, (order: OrderSummary) => number>> = {
  orderNumber: (order) => Number(order.orderNumber),
  orderDate: (order) => Date.parse(order.orderDate),
  total: (order) => order.total,
  outstanding: (order) => order.outstanding,
};

export async function orderChecks(context: Context): Promise<void> {
  const { api, suite, admin } = context;

  await suite.check('the list answers page 1 of 25 orders by default', async () => {
    const page = await listOrders(context, {});
    ensure(page.page === 1 && page.pageSize === 25, `answered page ${page.page} of size ${page.pageSize}`);
    ensure(page.total > 0, 'the test world lists no orders');
    ensure(page.items.length === Math.min(25, page.total), `${page.items.length} items on a page of 25 out of ${page.total}`);
  });

  await suite.check('pageSize 1 and 100 are accepted', async () => {
    for (const pageSize of [1, 100]) {
      const page = await listOrders(context, { pageSize });
      ensure(page.pageSize === pageSize, `asked for pageSize ${pageSize}, answered ${page.pageSize}`);
      ensure(page.items.length === Math.min(pageSize, page.total), `${page.items.length} items on a page of ${pageSize} out of ${page.total}`);
    }
  });

  await suite.check('pageSize 0 and 101 are refused with 422 naming pageSize', async () => {
    for (const pageSize of [0, 101]) {
      expectProblemNaming(await api.call(`/orders?pageSize=${pageSize}`, { token: admin.token }), 422, ['pageSize']);
    }
  });

  await suite.check('pages follow one another', async () => {
    const first = await listOrders(context, { page: 1, pageSize: 10 });
    const second = await listOrders(context, { page: 2, pageSize: 5 });
    ensure(first.total >= 10, 'needs at least 10 orders in the test world');
    const expected = first.items.slice(5).map((order) => order.orderNumber);
    const got = second.items.map((order) => order.orderNumber);
    ensure(got.join() === expected.join(), `page 2 of 5 is ${got.join(', ')}, not orders 6 to 10 (${expected.join(', ')})`);
  });

  for (const [key, valueOf] of Object.entries(numericSorts) as [SortKey, (order: OrderSummary) => number][]) {
    await suite.check(`sort by ${key}, ascending and descending, is ordered`, async () => {
      const firsts: number[] = [];
      for (const order of ['asc', 'desc'] as const) {
        const values = (await sampleOrders(context, { sort: key, order })).map(valueOf);
        const wrong = values.findIndex((value, index) => index > 0 && (order === 'asc' ? value < values[index - 1]! : value > values[index - 1]!));
        ensure(wrong === -1, `sort=${key}&order=${order}: item ${wrong + 1} (${values[wrong]}) comes after ${values[wrong - 1]}`);
        firsts.push(values[0]!);
      }
      // Both directions starting alike would mean the order was ignored.
      ensure(firsts[0]! < firsts[1]!, `sort=${key}: ascending and descending both start at ${firsts[0]}`);
    });
  }

  await suite.check('an unknown sort key is refused with 422', async () => {
    expectProblemNaming(await api.call('/orders?sort=colour', { token: admin.token }), 422, ['sort']);
  });

  await suite.check('test and live never mix: an order of one world is 404 in the other', async () => {
    const [test] = await sampleOrders(context, {}, 'test');
    const [live] = await sampleOrders(context, {}, 'live');
    for (const [order, other] of [[test!, 'live'], [live!, 'test']] as const) {
      const answer = await api.call(`/orders/${encodeURIComponent(order.orderNumber)}`, { token: admin.token, mode: other });
      expectStatus(answer, 404);
      const found = await listOrders(context, { q: order.orderNumber }, other);
      ensure(found.items.every((item) => item.orderNumber !== order.orderNumber), `searching ${other} finds order ${order.orderNumber} of the other world`);
    }
  });

  await suite.check('an order in full matches its summary in the list', async () => {
    const [summary] = await sampleOrders(context, { pageSize: 1 });
    const detail = await orderDetail(context, summary!.orderNumber);
    const differing = (Object.keys(summary!) as (keyof OrderSummary)[]).filter((field) => JSON.stringify(detail[field]) !== JSON.stringify(summary![field]));
    ensure(differing.length === 0, `order ${summary!.orderNumber} differs from its summary in ${differing.join(', ')}`);
  });

  await suite.check('an unknown order is 404', async () => {
    expectStatus(await api.call('/orders/no-such-order', { token: admin.token }), 404);
  });
}
