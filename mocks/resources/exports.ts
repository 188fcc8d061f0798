import { http, HttpResponse } from 'msw';
import { merchantTimeZone, rowCountHeader } from '@/contract/common';
import type { OrderSummary } from '@/contract/orders';
import { currentStore } from '../db/store';
import { requireData } from '../http/guards';
import { answer } from '../http/problem';
import { today } from '../rules/clock';
import { csvStream, localDateTime, money, type CsvCell } from '../rules/csv';
import { csvHeader, orderCsvHeaders, spelt } from '../rules/csv-headers';
import { reasonInWords } from '../rules/reason-texts';
import { valueTexts, type ValueTexts } from '../rules/value-texts';
import { csvFlavourParameters, readCsvFlavour, type CsvFlavour } from './csv-flavour';
import { orderFilterParameters, parseOrderFilter } from './order-params';

/** How a cell is written: for software, UTC instants and codes; for a spreadsheet, the merchant's wall clock and the reader's words. */
interface CellStyle {
  time: (instant: string | null) => string | null;
  /** A value's word in the reader's language, or its code. */
  word: <Group extends WordGroup>(group: Group, code: keyof ValueTexts[Group]) => string;
  /** A recorded reason in the reader's words, with its note; for software, its code (or the typed text). */
  reason: (code: OrderSummary['statusReasonCode'], text: string | null) => string | null;
}
type WordGroup = 'status' | 'paymentMethod' | 'paymentState' | 'shipping' | 'completeness' | 'customerType';

const columns: readonly [string, (order: OrderSummary, style: CellStyle) => CsvCell, 'time'?][] = [
  ['orderNumber', (order) => order.orderNumber],
  ['paymentReference', (order) => order.paymentReference],
  ['orderDate', (order, { time }) => time(order.orderDate), 'time'],
  ['customerName', (order) => order.customer.name],
  ['customerType', (order, { word }) => word('customerType', order.customer.type)],
  ['companyName', (order) => order.customer.companyName],
  ['vatNumber', (order) => order.customer.vatNumber],
  ['customerEmail', (order) => order.customer.email],
  ['customerId', (order) => order.customer.customerId],
  ['yourReference', (order) => order.yourReference],
  ['country', (order) => order.country],
  ['paymentMethod', (order, { word }) => word('paymentMethod', order.paymentMethod)],
  ['status', (order, { word }) => word('status', order.status)],
  // A known reason reads in the reader's words, with the note added to it; one a user typed, as typed.
  ['statusReason', (order, { reason }) => reason(order.statusReasonCode, order.statusReason)],
  ['shippingStatus', (order, { word }) => word('shipping', order.shippingStatus)],
  ['completeness', (order, { word }) => word('completeness', order.completeness)],
  ['currency', (order) => order.currency],
  ['total', (order) => money(order.total)],
  ['outstanding', (order) => money(order.outstanding)],
  ['credited', (order) => money(order.credited)],
  ['daysToExpiry', (order) => order.daysToExpiry],
  ['paymentState', (order, { word }) => (order.paymentState ? word('paymentState', order.paymentState) : null)],
  ['dueDate', (order) => order.dueDate],
  ['agreedDueDate', (order) => order.agreedDueDate],
  ['activatedAt', (order, { time }) => time(order.activatedAt), 'time'],
  ['lastCreditedAt', (order, { time }) => time(order.lastCreditedAt), 'time'],
];

function ordersCsv(orders: readonly OrderSummary[], flavour: CsvFlavour, timeZone: string) {
  const header = columns.map(([key, , kind]) => {
    const name = flavour.spelling(csvHeader(orderCsvHeaders, key, flavour.language));
    return kind === 'time' && flavour.localTimes ? `${name} (${timeZone})` : name;
  });
  const texts = flavour.language === null ? null : valueTexts[flavour.language];
  const reasons = texts && spelt(texts.reasons, flavour.spelling);
  const style: CellStyle = {
    time: (instant) => (instant && flavour.localTimes ? localDateTime(instant, timeZone) : instant),
    word: (group, code) => (texts ? flavour.spelling(texts[group][code] as string) : String(code)),
    reason: (code, text) => (reasons && flavour.language ? reasonInWords(flavour.language, reasons, code, text) : (code ?? text)),
  };
  return csvStream(header, orders, (order) => columns.map(([, value]) => value(order, style)), { dialect: flavour.dialect });
}

export const orderExports = [
  http.get('*/api/exports/orders', ({ request }) =>
    answer(async () => {
      const caller = await requireData(request, 'orders:export');
      const params = new URL(request.url).searchParams;
      const filter = parseOrderFilter(params, csvFlavourParameters);
      const flavour = readCsvFlavour(params, orderFilterParameters);
      const day = today();
      const rows = await currentStore().read((db) => db.orderIndex(caller.merchant.id, caller.mode, day).all(filter));
      return new HttpResponse(ordersCsv(rows, flavour, merchantTimeZone(caller.merchant.country)), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="orders-${caller.mode}-${day}${flavour.nameSuffix}.csv"`,
          [rowCountHeader]: String(rows.length),
        },
      });
    }),
  ),
];
