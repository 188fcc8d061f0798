import { http, HttpResponse } from 'msw';
import { currentStore } from '../db/store';
import { requireData } from '../http/guards';
import { answer, ProblemError } from '../http/problem';
import { today } from '../rules/clock';
import { toDetail } from '../rules/order-view';
import { orderViewsFor } from '../rules/order-views';
import { parseOrderFilter, parseOrderQuery } from './order-params';
import { bookStatementsAhead, orderChargebacks } from './statements-source';

export const orders = [
  http.get('*/api/orders', ({ request }) =>
    answer(async () => {
      const caller = await requireData(request, 'orders:read');
      const query = parseOrderQuery(new URL(request.url).searchParams);
      const day = today();
      const page = await currentStore().read((db) => {
        const found = db.orderIndex(caller.merchant.id, caller.mode, day).page(query);
        bookStatementsAhead(db, caller.merchant, caller.mode, day);
        return found;
      });
      return HttpResponse.json(page);
    }),
  ),

  // Before the order pattern, which would take "views" for an order number.
  http.get('*/api/orders/views', ({ request }) =>
    answer(async () => {
      const caller = await requireData(request, 'orders:read');
      const day = today();
      const views = orderViewsFor(caller.user.role, day).map(({ id, query }) => ({ id, query, filter: parseOrderFilter(new URLSearchParams(query)) }));
      const counted = await currentStore().read((db) => {
        const index = db.orderIndex(caller.merchant.id, caller.mode, day);
        return views.map(({ id, query, filter }) => ({ id, query, count: index.count(filter) }));
      });
      return HttpResponse.json({ today: day, views: counted });
    }),
  ),

  http.get('*/api/orders/:orderNumber', ({ request, params }) =>
    answer(async () => {
      const caller = await requireData(request, 'orders:read');
      const orderNumber = String(params.orderNumber);
      const day = today();
      const detail = await currentStore().read((db) => {
        // Another merchant's or the other world's order is as unknown as a missing one.
        const order = db.order(caller.merchant.id, caller.mode, orderNumber);
        return order && toDetail(order, day, orderChargebacks(db, caller.merchant, caller.mode, order, day), db.dueDateAgreement(caller.merchant.id, caller.mode, orderNumber, day));
      });
      if (!detail) throw new ProblemError(404, `There is no order ${orderNumber}.`);
      return HttpResponse.json(detail);
    }),
  ),
];
