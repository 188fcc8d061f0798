import { screen, within } from '@testing-library/react';
import { z } from 'zod';
import { orderDetailSchema, orderPageSchema } from '@/contract/orders';
import { apiRequest, findOrder, freshBackendAs, readOrder, renderApp } from '@/testing/render-app';
import { atPhoneWidth } from '@/testing/screen-width';
import { orderApiPaths } from '../api/api-paths';
import { orderPaths } from '../paths';
import { setNow } from '@mocks/rules/clock';

/** Opens an order's page after `prepare` changed it through the API, as another tab would. */
async function openAfter(prepare: () => Promise<string>) {
  await freshBackendAs('admin');
  const orderNumber = await prepare();
  await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
  await screen.findByRole('heading', { level: 1, name: new RegExp(`Order ${orderNumber}`) });
}

/** The state badge of every line, read from the line items table. */
function lineStates() {
  const table = screen.getByRole('table', { name: 'Line items' });
  const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
  const column = headers.indexOf('State');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[column]!.textContent);
}

/** A credited order of a customer in Germany: its invoice and credit note are written in German by default. */
async function germanCreditedOrder() {
  const { items } = await apiRequest(orderApiPaths.list(), z.object({ items: z.array(z.object({ orderNumber: z.string() })) }), {
    mode: 'live',
    query: { status: 'credited', country: 'DE' },
  });
  return items[0]!.orderNumber;
}

describe('the order page', () => {
  it("names the language of each document's PDF: the customer's by default, the reader's on request", async () => {
    await openAfter(germanCreditedOrder);
    for (const type of ['INV', 'CN']) {
      expect(screen.getAllByRole('button', { name: new RegExp(`^Download ${type}-\\S+ as PDF in German$`) })[0]).toHaveTextContent('PDF in German');
      expect(screen.getAllByRole('button', { name: new RegExp(`^Download ${type}-\\S+ as PDF in English$`) })[0]).toHaveTextContent(/^in English$/);
    }
  });

  it('gives a credited order, which owes nothing, no due date, on its page nor in the list, though its invoice has one, and its credit as an amount', async () => {
    await freshBackendAs('admin');
    const orderNumber = await germanCreditedOrder();
    expect((await readOrder(orderNumber)).dueDate).not.toBeNull();
    const page = await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
    await screen.findByRole('heading', { level: 1, name: new RegExp(`Order ${orderNumber}`) });
    expect(screen.getAllByText('Outstanding').length).toBeGreaterThan(0);
    expect(screen.queryByText('Due date')).not.toBeInTheDocument();
    // What was credited reads as the amount it is, as on its credit note: no minus sign.
    const { credited } = await readOrder(orderNumber);
    const totals = screen.getByRole('table', { name: 'Totals' });
    expect(within(totals).getByRole('row', { name: /^Credited/ })).toHaveTextContent(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(credited / 100));
    expect(within(totals).getByRole('row', { name: /^Credited/ })).not.toHaveTextContent(/[-−]/);
    page.unmount();

    await renderApp({ as: 'admin', path: `/orders?q=${orderNumber}`, resetData: false });
    const list = await screen.findByRole('table', { name: 'Orders matching the filters' });
    const [header, row] = within(list).getAllByRole('row');
    const column = within(header!).getAllByRole('columnheader').findIndex((cell) => cell.textContent?.startsWith('Due date'));
    expect(column).toBeGreaterThan(0);
    expect(within(row!).getAllByRole('cell')[column]).toBeEmptyDOMElement();
  });

  it('writes language names in lower case in French, and offers no second PDF in the language it already has', async () => {
    await freshBackendAs('admin');
    const orderNumber = await germanCreditedOrder();
    const french = await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false, language: 'fr' });
    expect((await screen.findAllByRole('button', { name: /^Télécharger INV-\S+ en PDF en allemand$/ }))[0]).toHaveTextContent('PDF en allemand');
    expect(screen.getAllByRole('button', { name: /^Télécharger INV-\S+ en PDF en français$/ })[0]).toHaveTextContent(/^en français$/);
    french.unmount();
    await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false, language: 'de' });
    expect(await screen.findAllByRole('button', { name: /^INV-\S+ als PDF auf Deutsch herunterladen$/ })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /auf Englisch/ })).not.toBeInTheDocument();
  });

  it('reads the lines of an order cancelled before activation as cancelled, and says why there is no invoice', async () => {
    await openAfter(async () => {
      const order = await findOrder('created');
      await apiRequest(orderApiPaths.cancel(order.orderNumber), z.unknown(), { method: 'POST', mode: 'live', body: { version: order.version, reason: 'Out of stock' } });
      return order.orderNumber;
    });
    expect(new Set(lineStates())).toEqual(new Set(['Cancelled']));
    // The status badge takes focus to show its reason: it is a control, named by the status and the reason.
    expect(screen.getAllByRole('button', { name: 'Cancelled: Out of stock' }).length).toBeGreaterThan(0);
    expect(screen.getByText('No invoice: the order was cancelled before it was activated, so none will be issued.')).toBeInTheDocument();
  });

  it('reads the lines of an expired order as cancelled, and says it expired', async () => {
    await openAfter(async () => {
      const page = await apiRequest(orderApiPaths.list(), orderPageSchema, { mode: 'live', query: { status: 'cancelled', pageSize: 100 } });
      const expired = page.items.find((order) => order.statusReasonCode === 'expired');
      if (!expired) throw new Error('no expired order in the seed');
      return expired.orderNumber;
    });
    expect(new Set(lineStates())).toEqual(new Set(['Cancelled']));
    expect(screen.getByText('No invoice: the order expired before it was activated, so none will be issued.')).toBeInTheDocument();
  });

  it('reads lines that came back in full as returned', async () => {
    await openAfter(async () => {
      const { orderNumber } = await findOrder('activated');
      const order = await apiRequest(orderApiPaths.detail(orderNumber), orderDetailSchema, { mode: 'live' });
      const lines = order.lines.map((line) => ({ lineId: line.id, quantity: line.quantity - line.quantityCancelled - line.quantityReturned })).filter((line) => line.quantity > 0);
      await apiRequest(orderApiPaths.reductions(orderNumber), z.unknown(), { method: 'POST', mode: 'live', body: { version: order.version, reason: 'Changed mind', lines } });
      return orderNumber;
    });
    const states = lineStates();
    expect(states.length).toBeGreaterThan(0);
    for (const state of states) expect(['Returned', 'Partly returned']).toContain(state);
    expect(states).toContain('Returned');
  });

  it('opens the order a link names with a space pasted around its number, under its own address', async () => {
    await freshBackendAs('admin');
    const { orderNumber } = await findOrder('activated');
    const { router } = await renderApp({ as: 'admin', path: `/orders/${orderNumber}%20`, resetData: false });
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(`Order ${orderNumber}`) })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(orderPaths.detail(orderNumber));
  });

  it('leads back by its breadcrumb to the list as the user left it: its search, filters and sort', async () => {
    const { user, router } = await renderApp({ as: 'admin', path: '/orders?q=Claes&status=activated&sort=total' });
    const table = await screen.findByRole('table', { name: 'Orders matching the filters' });
    const [first] = within(table).getAllByRole('row').slice(1);
    await user.click(within(first!).getAllByRole('link')[0]!);
    await screen.findByRole('heading', { level: 1, name: /^Order / });

    await user.click(within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', { name: 'Orders' }));
    await screen.findByRole('table', { name: 'Orders matching the filters' });
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toMatchObject({ q: 'Claes', status: 'activated', sort: 'total' });
  });

  it('says plainly that an order number is in neither mode, and offers the list', async () => {
    const { user } = await renderApp({ as: 'admin', path: orderPaths.detail('9999999') });
    expect(await screen.findByRole('heading', { level: 1, name: 'No order 9999999 in your live data' })).toBeInTheDocument();
    expect(await screen.findByText('It is not in your test data either. Check the number, or search the orders list.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /test data/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Back to the orders list' }));
    expect(await screen.findByRole('table', { name: 'Orders matching the filters' })).toBeInTheDocument();
  });

  it('offers to open an order in the other mode when it is there', async () => {
    await freshBackendAs('admin');
    const { orderNumber } = await findOrder('activated', 'test');
    await expect(readOrder(orderNumber, 'live')).rejects.toThrow();
    const { user } = await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
    expect(await screen.findByRole('heading', { level: 1, name: `No order ${orderNumber} in your live data` })).toBeInTheDocument();
    expect(await screen.findByText('It is in your test data: test and live orders are kept apart.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Open it in test data' }));
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(`Order ${orderNumber}`) })).toBeInTheDocument();
  });

  it('says that text in the address is no order number, and offers to search the orders for it instead', async () => {
    const { user, router } = await renderApp({ as: 'admin', path: orderPaths.detail('Claes') });
    expect(await screen.findByRole('heading', { level: 1, name: '“Claes” is not an order number' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Look in test data' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Search the orders for “Claes”' }));
    expect(await screen.findByRole('table', { name: 'Orders matching the filters' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=Claes');
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('Claes');
  });

  it.each([
    ['invoice', 'Shopper pays to Comptoir Pay, IBAN'],
    ['direct-debit', 'Collected by direct debit; a transfer goes to Comptoir Pay, IBAN'],
    ['instalments', "Charged in instalments to the shopper's card; a transfer goes to Comptoir Pay, IBAN"],
  ])("shows how an order paid by %s is paid, the provider's IBAN for this customer with a copy button, and the BIC", async (method, howPaid) => {
    let order!: z.infer<typeof orderDetailSchema>;
    await openAfter(async () => {
      order = await apiRequest(orderApiPaths.detail((await findOrder('activated', 'live', 0, { method })).orderNumber), orderDetailSchema, { mode: 'live' });
      return order.orderNumber;
    });
    const iban = order.payTo.iban.replace(/(.{4})(?=.)/g, '$1 ');
    expect(screen.getByText(iban)).toBeInTheDocument();
    expect(screen.getByText(howPaid)).toBeInTheDocument();
    expect(screen.getByText(`BIC ${order.payTo.bic}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy the IBAN' })).toBeInTheDocument();
  });

  it.each(['created', 'paid', 'cancelled', 'credited'] as const)('gives no payment instructions for a %s order, which owes nothing', async (status) => {
    await openAfter(async () => (await findOrder(status, 'live')).orderNumber);
    expect(screen.queryByText(/Comptoir Pay, IBAN/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy the IBAN' })).not.toBeInTheDocument();
  });

  it('leads back to the list through a breadcrumb, and reads its timeline as a list of events', async () => {
    const orderNumber = await (async () => {
      let found = '';
      await openAfter(async () => (found = (await findOrder('activated')).orderNumber));
      return found;
    })();
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Orders' })).toBeInTheDocument();
    expect(within(crumbs).getByText(orderNumber)).toHaveAttribute('aria-current', 'page');
    const timeline = screen.getByRole('heading', { level: 2, name: 'Timeline' }).parentElement!;
    const events = within(within(timeline).getByRole('list')).getAllByRole('listitem');
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.at(-1)).toHaveTextContent('Order created');
  });

  it("writes the timeline's times as the merchant's clock reads them, as its exports do, wherever the reader is", async () => {
    // A reader far from the merchant, whatever zone the machine running the tests is in.
    const machineZone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    onTestFinished(() => {
      if (machineZone === undefined) delete process.env.TZ;
      else process.env.TZ = machineZone;
    });
    await freshBackendAs('bergblickAdmin', { mode: 'test' });
    const { orderNumber } = await findOrder('activated', 'test');
    const order = await apiRequest(orderApiPaths.detail(orderNumber), orderDetailSchema, { mode: 'test' });
    const activatedAt = order.events.find((event) => event.type === 'activated')!.at;
    await renderApp({ as: 'bergblickAdmin', mode: 'test', path: orderPaths.detail(orderNumber), resetData: false });
    const timeline = (await screen.findByRole('heading', { level: 2, name: 'Timeline' })).parentElement!;
    const written = (timeZone: string) => new Intl.DateTimeFormat('en-CH', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(activatedAt));
    expect(written('Europe/Zurich')).not.toBe(written('America/New_York'));
    expect(timeline).toHaveTextContent(written('Europe/Zurich'));
  });

  describe('on a phone', () => {
    atPhoneWidth();

    it('shows each line as a card with every figure of its row, where the table ran past the edge', async () => {
      let orderNumber = '';
      await openAfter(async () => (orderNumber = (await findOrder('activated')).orderNumber));
      const order = await apiRequest(orderApiPaths.detail(orderNumber), orderDetailSchema, { mode: 'live' });
      expect(screen.queryByRole('table', { name: 'Line items' })).not.toBeInTheDocument();
      const cards = within(screen.getByRole('list', { name: 'Line items' })).getAllByRole('listitem');
      expect(cards).toHaveLength(order.lines.length);
      const [line] = order.lines;
      expect(cards[0]).toHaveTextContent(line!.title);
      expect(cards[0]).toHaveTextContent(`Article ${line!.articleNumber}`);
      expect(cards[0]).toHaveTextContent(`Invoiced${line!.quantityInvoiced}`);
    });
  });
});

describe("an order's documents", () => {
  afterEach(() => setNow(null));

  it('are dated by the day their PDFs print, the UTC day, also for an invoice issued just after midnight in Brussels', async () => {
    await openAfter(async () => {
      const { orderNumber, version } = await findOrder('created');
      // 00:40 on 25 November in Brussels: 23:40 UTC on the 24th, the day the invoice is dated.
      setNow('2026-11-24T23:40:00.000Z');
      await apiRequest(orderApiPaths.activate(orderNumber), orderDetailSchema, { method: 'POST', mode: 'live', body: { version } });
      return orderNumber;
    });
    const documents = screen.getByRole('list', { name: 'Documents' });
    expect(within(documents).getByText(/^Issued on 24 Nov 2026 ·/)).toBeInTheDocument();
  });
});

describe("an order's copy buttons", () => {
  it('tell a screen reader that the payment reference was copied', async () => {
    await freshBackendAs('admin');
    const { orderNumber } = await findOrder('activated');
    const { user } = await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
    const copy = await screen.findByRole('button', { name: 'Copy the payment reference' });
    expect(screen.queryByText('Copied', { selector: '[role="status"]' })).not.toBeInTheDocument();
    await user.click(copy);
    expect(await screen.findByText('Copied', { selector: '[role="status"]' })).toBeInTheDocument();
  });
});
