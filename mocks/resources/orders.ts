import { http, HttpResponse } from 'msw';
import { currentStore } from '../db/store';
import { requireData } from '../http/guards';
import { answer, ProblemError } from '../http/problem';
import { today } from '../rules/clock';
import { toDetail } from '../rules/order-view';
import { parseOrderQuery } from './order-params';

export const orders = [
  http.get('*/api/orders', ({ request }) =>
    answer(async () => {
      const caller = await requireData(request, 'orders:read');
      const query = parseOrderQuery(new URL(request.url).searchParams);
      const page = await currentStore().read((db) => db.orderIndex(caller.merchant.id, caller.mode, today()).page(query));
      return HttpResponse.json(page);
    }),
  ),

  http.get('*/api/orders/:orderNumber', ({ request, params }) =>
    answer(async () => {
      const caller = await requireData(request, 'orders:read');
      const orderNumber = String(params.orderNumber);
      // Another merchant's or the other world's order is as unknown as a missing one.
      const order = await currentStore().read((db) => db.order(caller.merchant.id, caller.mode, orderNumber));
      if (!order) throw new ProblemError(404, `There is no order ${orderNumber}.`);
      return HttpResponse.json(toDetail(order, today()));
    }),
  ),
];
