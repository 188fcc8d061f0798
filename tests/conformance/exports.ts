import { csvRows, hasByteOrderMark } from './files';
import { listOrders } from './order-data';
import { ensure, expectProblemNaming, type Context } from './suite';

// The CSV export: every order that matches the filters, not one page.

export async function exportChecks(context: Context): Promise<void> {
  const { api, suite, admin } = context;

  await suite.check('the CSV export is text/csv with a BOM, a header row and a row per matching order', async () => {
    const filter = { status: 'created,activated', sort: 'orderNumber', order: 'asc' };
    const answer = await api.call(`/exports/orders?${new URLSearchParams(filter)}`, { token: admin.token });
    const rows = csvRows(answer);
    ensure(hasByteOrderMark(answer), 'the CSV does not start with a UTF-8 byte-order mark');
    const listed = await listOrders(context, { ...filter, pageSize: 100 });
    ensure(rows.length - 1 === listed.total, `${rows.length - 1} rows for the ${listed.total} orders the list finds with the same filters`);
    const cells = new Set(rows.slice(1).flat());
    const missing = listed.items.find((order) => !cells.has(order.orderNumber));
    ensure(!missing, `order ${missing?.orderNumber} of the list is not in the export`);
  });

  await suite.check('an export with an invalid filter is refused with 422', async () => {
    expectProblemNaming(await api.call('/exports/orders?method=cash', { token: admin.token }), 422, ['method']);
  });
}
