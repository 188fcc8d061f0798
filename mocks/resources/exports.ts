import { http, HttpResponse } from 'msw';
import { rowCountHeader } from '@/contract/common';
import type { OrderSummary } from '@/contract/orders';
import { currentStore } from '../db/store';
import { requireData } from '../http/guards';
import { answer } from '../http/problem';
import { today } from '../rules/clock';
import { csvStream, localDateTime, money, type CsvCell } from '../rules/csv';
import { csvHeader, merchantTimeZone, orderCsvHeaders } from '../rules/csv-headers';
import { readCsvFlavour, type CsvFlavour } from './csv-flavour';
import { parseOrderFilter } from './order-params';

/** An instant in UTC for software, on the merchant's wall clock for a spreadsheet. */
type Time = (instant: string | null) => string | null;

const columns: readonly [string, (order: OrderSummary, time: Time) => CsvCell, 'time'?][] = [
  ['orderNumber', (order) => order.orderNumber],
  ['paymentReference', (order) => order.paymentReference],
  ['orderDate', (order, time) => time(order.orderDate), 'time'],
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
  ['total', (order) => money(order.total)],
  ['outstanding', (order) => money(order.outstanding)],
  ['credited', (order) => money(order.credited)],
  ['daysToExpiry', (order) => order.daysToExpiry],
  ['paymentState', (order) => order.paymentState],
  ['dueDate', (order) => order.dueDate],
  ['activatedAt', (order, time) => time(order.activatedAt), 'time'],
  ['lastCreditedAt', (order, time) => time(order.lastCreditedAt), 'time'],
];

function ordersCsv(orders: readonly OrderSummary[], flavour: CsvFlavour, timeZone: string) {
  const header = columns.map(([key, , kind]) => {
    const name = csvHeader(orderCsvHeaders, key, flavour.language);
    return kind === 'time' && flavour.localTimes ? `${name} (${timeZone})` : name;
  });
  const time: Time = (instant) => (instant && flavour.localTimes ? localDateTime(instant, timeZone) : instant);
  return csvStream(header, orders, (order) => columns.map(([, value]) => value(order, time)), { dialect: flavour.dialect });
}

export const orderExports = [
  http.get('*/api/exports/orders', ({ request }) =>
    answer(async () => {
      const caller = await requireData(request, 'orders:export');
      const params = new URL(request.url).searchParams;
      const filter = parseOrderFilter(params);
      const flavour = readCsvFlavour(params);
      const day = today();
      const rows = await currentStore().read((db) => db.orderIndex(caller.merchant.id, caller.mode, day).all(filter));
      return new HttpResponse(ordersCsv(rows, flavour, merchantTimeZone(caller.merchant.country)), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="orders-${caller.mode}-${day}.csv"`,
          [rowCountHeader]: String(rows.length),
        },
      });
    }),
  ),
];
