import { http, HttpResponse } from 'msw';
import { rowCountHeader } from '@/contract/common';
import type { OrderSummary } from '@/contract/orders';
import { currentStore } from '../db/store';
import { requireData } from '../http/guards';
import { answer } from '../http/problem';
import { today } from '../rules/clock';
import { csvStream, type CsvCell } from '../rules/csv';
import { centsToDecimal } from '../rules/money';
import { parseOrderFilter } from './order-params';

const columns: readonly [string, (order: OrderSummary) => CsvCell][] = [
  ['orderNumber', (order) => order.orderNumber],
  ['paymentReference', (order) => order.paymentReference],
  ['orderDate', (order) => order.orderDate],
  ['customerName', (order) => order.customer.name],
  ['customerType', (order) => order.customer.type],
  ['companyName', (order) => order.customer.companyName],
  ['vatNumber', (order) => order.customer.vatNumber],
  ['customerEmail', (order) => order.customer.email],
  ['customerId', (order) => order.customer.customerId],
  ['yourReference', (order) => order.yourReference],
  ['country', (order) => order.country],
  ['paymentMethod', (order) => order.paymentMethod],
  ['status', (order) => order.status],
  ['statusReason', (order) => order.statusReason],
  ['shippingStatus', (order) => order.shippingStatus],
  ['completeness', (order) => order.completeness],
  ['currency', (order) => order.currency],
  ['total', (order) => centsToDecimal(order.total)],
  ['outstanding', (order) => centsToDecimal(order.outstanding)],
  ['credited', (order) => centsToDecimal(order.credited)],
  ['daysToExpiry', (order) => order.daysToExpiry],
];

const header = columns.map(([name]) => name);
const ordersCsv = (orders: readonly OrderSummary[]) => csvStream(header, orders, (order) => columns.map(([, value]) => value(order)));

export const orderExports = [
  http.get('*/api/exports/orders', ({ request }) =>
    answer(async () => {
      const caller = await requireData(request, 'orders:export');
      const filter = parseOrderFilter(new URL(request.url).searchParams);
      const day = today();
      const rows = await currentStore().read((db) => db.orderIndex(caller.merchant.id, caller.mode, day).all(filter));
      return new HttpResponse(ordersCsv(rows), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="orders-${caller.mode}-${day}.csv"`,
          [rowCountHeader]: String(rows.length),
        },
      });
    }),
  ),
];
