import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { z } from 'zod';
import { orderPageSchema } from '@/contract/orders';
import { atPhoneWidth } from '@/testing/screen-width';
import { shownDate } from '@/testing/shown-date';
import { apiRequest, findOrder, freshBackendAs, readOrder, renderApp } from '@/testing/render-app';
import { holdOrderLists } from '@/testing/held-requests';

const table = () => screen.findByRole('table', { name: 'Orders matching the filters' });
const bodyRows = async () => within(await table()).getAllByRole('row').slice(1);

describe('the orders list', () => {
  it('shows a page of orders with the total count', async () => {
    await renderApp({ as: 'admin' });
    const rows = await bodyRows();
    expect(rows).toHaveLength(25);
    expect(screen.getByText(/^1–25 of 300$/)).toBeInTheDocument();
  });

  it("gives its search's example payment reference with the user's own merchant id, and promises export only to those who may", async () => {
    await renderApp({ as: 'bergblickAdmin' });
    await table();
    expect(screen.getByText(/payment reference \(BP1234567\/4711\)/)).toBeInTheDocument();
    expect(screen.getByText('Find, filter and export your orders.')).toBeInTheDocument();
  });

  it('tells support, who may not export, only what it can do', async () => {
    await renderApp({ as: 'support' });
    await table();
    expect(screen.getByText('Find and filter your orders.')).toBeInTheDocument();
    expect(screen.getByText(/payment reference \(BP1234567\/3333\)/)).toBeInTheDocument();
  });

  it('applies the filters of the URL it was opened with', async () => {
    await renderApp({ as: 'admin', path: '/orders?status=created&sort=daysToExpiry&order=asc' });
    const rows = await bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(within(row).getByText('Created')).toBeInTheDocument();
      expect(within(row).getByText(/days? left/)).toBeInTheDocument();
    }
    expect(screen.getByRole('columnheader', { name: /Expires in/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it("puts the total, the status and the row action first, and leaves the order's details to the Columns panel", async () => {
    await renderApp({ as: 'admin' });
    const headers = within(await table()).getAllByRole('columnheader').map((header) => header.textContent ?? '');
    const at = (name: string) => headers.findIndex((text) => text.startsWith(name));
    expect(at('Total')).toBeLessThan(at('Status'));
    expect(at('Status')).toBeLessThan(at('Actions'));
    expect(at('Actions')).toBeLessThan(at('Expires in'));
    expect(at('Expires in')).toBeLessThan(at('Outstanding'));
    expect(at('Outstanding')).toBeLessThan(at('Payment state'));
    expect(at('Due date')).toBeLessThan(at('Country'));
    for (const detail of ['Your reference', 'Payment method', 'Shipping', 'Completeness']) expect(at(detail)).toBe(-1);
  });

  it('puts where the payment stands before the days left for a role that only reads orders', async () => {
    await renderApp({ as: 'finance' });
    const headers = within(await table()).getAllByRole('columnheader').map((header) => header.textContent ?? '');
    const at = (name: string) => headers.findIndex((text) => text.startsWith(name));
    expect(at('Actions')).toBe(-1);
    expect(at('Status')).toBeLessThan(at('Outstanding'));
    expect(at('Due date')).toBeLessThan(at('Expires in'));
  });

  it("names a business customer by its company first in both row densities, and the person who ordered in comfortable rows", async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?q=Brasserie&sort=orderNumber&order=asc' });
    const customers = z.object({ items: z.array(z.object({ customer: z.object({ name: z.string(), companyName: z.string().nullable() }) })) });
    const [first] = (await apiRequest('/orders', customers, { mode: 'live', query: { q: 'Brasserie', sort: 'orderNumber', order: 'asc' } })).items;
    await table();
    for (const density of ['Compact', 'Comfortable']) {
      await user.click(screen.getByRole('radio', { name: density }));
      const cell = within((await bodyRows())[0]!).getByText(first!.customer.companyName!).parentElement!;
      expect(cell).toHaveTextContent(new RegExp(`^${first!.customer.companyName}\\s*Business\\s*${first!.customer.name}$`, 'i'));
    }
  });

  it('finds an order by its payment reference pasted as is', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?page=3' });
    const reference = within((await bodyRows())[4]!).getByText(/^BP\d+\/\d+$/).textContent!;
    await user.type(screen.getByRole('textbox', { name: 'Search' }), `${reference}{Enter}`);
    await waitFor(async () => expect(await bodyRows()).toHaveLength(1));
    expect(within((await bodyRows())[0]!).getByText(reference)).toBeInTheDocument();
  });

  it('sorts by a column when its header is pressed', async () => {
    const { user } = await renderApp({ as: 'admin' });
    await table();
    await user.click(screen.getByRole('button', { name: /^Total/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Total/ })).toHaveAttribute('aria-sort', 'descending'));
    await user.click(screen.getByRole('button', { name: /^Total/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Total/ })).toHaveAttribute('aria-sort', 'ascending'));
  });

  it('says when no order matches and lets the user clear the filters', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?q=nobody-has-this-name' });
    expect(await screen.findByRole('heading', { name: 'No order matches' })).toBeInTheDocument();
    const clearButtons = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clearButtons[clearButtons.length - 1]!);
    expect(await bodyRows()).toHaveLength(25);
  });

  it('opens an order from its number, by a click or by the keyboard', async () => {
    const { user } = await renderApp({ as: 'admin' });
    const numberOf = (row: HTMLElement) => within(row).getByRole('link').textContent!;
    const [first, second] = await bodyRows();
    const firstNumber = numberOf(first!);
    const secondNumber = numberOf(second!);
    expect(within(first!).getByRole('link')).toHaveAttribute('href', `/orders/${firstNumber}`);

    await user.click(within(first!).getByRole('link'));
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(`Order ${firstNumber}`) })).toBeInTheDocument();

    await user.click(within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', { name: 'Orders' }));
    const link = within((await bodyRows())[1]!).getByRole('link', { name: secondNumber });
    link.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(`Order ${secondNumber}`) })).toBeInTheDocument();
  });

  it("shows an order's new state in its row, and keeps the other rows working, after another answer", async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created,activated&sort=orderNumber&order=asc' });
    const order = await findOrder('created');
    const other = await findOrder('created', 'live', 1);
    const rowOf = async (orderNumber: string) => (await bodyRows()).find((row) => within(row).queryByRole('link', { name: orderNumber }))!;
    const row = await rowOf(order.orderNumber);
    expect(within(row).getByText('Created')).toBeInTheDocument();
    await user.click(within(row).getByRole('checkbox', { name: `Select order ${order.orderNumber}` }));

    await user.click(within(row).getByRole('button', { name: `Activate order ${order.orderNumber}` }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Activate order' }));

    // The list's next answer holds the same orders; only this one changed.
    await waitFor(async () => expect(within(await rowOf(order.orderNumber)).getByText('Activated')).toBeInTheDocument());
    const activated = await rowOf(order.orderNumber);
    expect(within(activated).queryByRole('button', { name: `Activate order ${order.orderNumber}` })).not.toBeInTheDocument();
    expect(within(activated).queryByRole('checkbox')).not.toBeInTheDocument();
    // A row left as it was still selects its order.
    await user.click(within(await rowOf(other.orderNumber)).getByRole('checkbox', { name: `Select order ${other.orderNumber}` }));
    expect(await screen.findByRole('button', { name: 'Activate selected (1)' })).toBeInTheDocument();
    expect(within(await rowOf(other.orderNumber)).getByRole('checkbox', { name: `Select order ${other.orderNumber}` })).toBeChecked();
  });

  it('checks the select-all box plainly when every order of the page is picked, and marks it mixed only for some', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created' });
    await table();
    const selectPage = screen.getByRole('checkbox', { name: 'Select every created order on this page' });
    await user.click(selectPage);
    expect(selectPage).toBeChecked();
    expect(selectPage).not.toBePartiallyChecked();
    const [first] = await bodyRows();
    await user.click(within(first!).getByRole('checkbox', { name: /^Select order/ }));
    expect(selectPage).not.toBeChecked();
    expect(selectPage).toBePartiallyChecked();
  });

  it("puts the focus on the order's link in its row once activated from there: the row's button is gone", async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created,activated&sort=orderNumber&order=asc' });
    const order = await findOrder('created');
    const rowOf = async () => (await bodyRows()).find((row) => within(row).queryByRole('link', { name: order.orderNumber }))!;
    within(await rowOf()).getByRole('button', { name: `Activate order ${order.orderNumber}` }).focus();
    await user.keyboard('{Enter}');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Activate order' }));

    await waitFor(async () => expect(within(await rowOf()).getByText('Activated')).toBeInTheDocument());
    await waitFor(async () => expect(within(await rowOf()).getByRole('link', { name: order.orderNumber })).toHaveFocus());
  });

  it('puts the focus on the order now in its place once an order activated from a list of created orders has left it', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created&sort=orderNumber&order=asc' });
    const [first, second] = [await findOrder('created', 'live', 0), await findOrder('created', 'live', 1)];
    const rowOf = async (orderNumber: string) => (await bodyRows()).find((row) => within(row).queryByRole('link', { name: orderNumber }));
    within((await rowOf(first.orderNumber))!).getByRole('button', { name: `Activate order ${first.orderNumber}` }).focus();
    await user.keyboard('{Enter}');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Activate order' }));

    await waitFor(async () => expect(await rowOf(first.orderNumber)).toBeUndefined());
    await waitFor(async () => expect(within((await rowOf(second.orderNumber))!).getByRole('link', { name: second.orderNumber })).toHaveFocus());
  });

  it('keeps the focus with the order in its place when the list is read again only after the dialog has closed', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created&sort=orderNumber&order=asc' });
    const [first, second] = [await findOrder('created', 'live', 0), await findOrder('created', 'live', 1)];
    const rowOf = async (orderNumber: string) => (await bodyRows()).find((row) => within(row).queryByRole('link', { name: orderNumber }));
    // From here the API holds every list until released: the dialog closes on the list as it was.
    const releaseLists = holdOrderLists();
    within((await rowOf(first.orderNumber))!).getByRole('button', { name: `Activate order ${first.orderNumber}` }).focus();
    await user.keyboard('{Enter}');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Activate order' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(async () => expect(within((await rowOf(first.orderNumber))!).getByRole('link', { name: first.orderNumber })).toHaveFocus());

    releaseLists();
    await waitFor(async () => expect(await rowOf(first.orderNumber)).toBeUndefined());
    await waitFor(async () => expect(within((await rowOf(second.orderNumber))!).getByRole('link', { name: second.orderNumber })).toHaveFocus());
  });

  it("puts the focus on the page's title once the last order of a list has left it", async () => {
    const { user, router } = await renderApp({ as: 'admin', path: '/orders?status=created' });
    const order = await findOrder('created');
    await act(() => router.navigate(`/orders?status=created&q=${order.orderNumber}`));
    await user.click(await screen.findByRole('button', { name: `Activate order ${order.orderNumber}` }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Activate order' }));
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Orders matching the filters' })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Orders' })).toHaveFocus());
  });

  it('shows an error with a retry that works', async () => {
    const unavailable = { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Try again in a moment.' };
    let failures = 1;
    server.use(
      http.get('*/api/orders', () => {
        if (failures-- > 0) {
          return HttpResponse.json(unavailable, { status: 503, headers: { 'Content-Type': 'application/problem+json' } });
        }
        return undefined;
      }),
    );
    const { user } = await renderApp({ as: 'admin' });
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not answer');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await bodyRows()).toHaveLength(25);
  });

  it('shows the other world when the data mode changes, never both', async () => {
    const live = await renderApp({ as: 'admin', mode: 'live' });
    const liveNumbers = (await bodyRows()).map((row) => within(row).getByRole('link').textContent);
    live.unmount();

    await renderApp({ as: 'admin', mode: 'test' });
    expect(await screen.findByText(/Test data: you are looking at test orders/)).toBeInTheDocument();
    const testNumbers = (await bodyRows()).map((row) => within(row).getByRole('link').textContent);
    expect(testNumbers).toHaveLength(25);
    expect(testNumbers.filter((number) => liveNumbers.includes(number))).toEqual([]);
  });
});

describe('the orders list on a phone', () => {
  atPhoneWidth();

  it('shows a business order by its company, the person who ordered below, as the table does', async () => {
    await freshBackendAs('admin');
    const page = await apiRequest('/orders', orderPageSchema, { mode: 'live', query: { sort: 'orderNumber', order: 'asc', pageSize: 100 } });
    const business = page.items.find((order) => order.customer.companyName !== null)!;
    await renderApp({ as: 'admin', path: `/orders?q=${business.orderNumber}`, resetData: false });
    const cards = within(await screen.findByRole('list', { name: 'Orders matching the filters' })).getAllByRole('listitem');
    expect(cards).toHaveLength(1);
    expect(within(cards[0]!).getByText(business.customer.companyName!)).toBeInTheDocument();
    expect(within(cards[0]!).getByText(business.customer.name)).toBeInTheDocument();
  });

  it('gives an unpaid order its due date, the day the provider moved it to, and what is left to pay', async () => {
    await freshBackendAs('admin');
    const page = await apiRequest('/orders', orderPageSchema, { mode: 'live', query: { status: 'activated', pageSize: 100 } });
    const moved = page.items.find((order) => order.agreedDueDate !== null)!;
    await renderApp({ as: 'admin', path: `/orders?q=${moved.orderNumber}`, resetData: false });
    const [card] = within(await screen.findByRole('list', { name: 'Orders matching the filters' })).getAllByRole('listitem');
    expect(card).toHaveTextContent(`Due ${shownDate(moved.dueDate!)} moved to ${shownDate(moved.agreedDueDate!)}`);
  });

  it('sorts the cards from a choice of orders, where there are no column headers, and names one the address asks for', async () => {
    const { user, router } = await renderApp({ as: 'admin', path: '/orders?sort=country&order=asc' });
    const sortBy = await screen.findByRole('combobox', { name: 'Sort by' });
    expect(sortBy).toHaveDisplayValue('Country, ascending');

    await user.selectOptions(sortBy, 'Largest total first');
    // Descending is the list's own order: the address leaves it out.
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('total'));
    expect(new URLSearchParams(router.state.location.search).get('order') ?? 'desc').toBe('desc');
    const largestFirst = await apiRequest('/orders', orderPageSchema, { mode: 'live', query: { sort: 'total', order: 'desc' } });
    await waitFor(async () => {
      const cards = within(await screen.findByRole('list', { name: 'Orders matching the filters' })).getAllByRole('listitem');
      expect(cards.map((card) => within(card).getAllByRole('link')[0]!.textContent)).toEqual(largestFirst.items.map((order) => order.orderNumber));
    });
    expect(within(sortBy).queryByRole('option', { name: 'Country, ascending' })).not.toBeInTheDocument();
  });

  it('lets an admin select created cards and activate them together, and offers a support agent no selection', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created&sort=orderNumber&order=asc' });
    const first = await findOrder('created', 'live', 0);
    const second = await findOrder('created', 'live', 1);
    expect(await screen.findByText('Select created orders to activate several at once, or to extend their expiry.')).toBeVisible();
    for (const order of [first, second]) await user.click(await screen.findByRole('checkbox', { name: `Select order ${order.orderNumber}` }));
    expect(screen.getByText('2 orders selected')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Activate selected (2)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Activate 2 orders' });
    await user.click(within(dialog).getByRole('button', { name: 'Activate 2 orders' }));
    expect(await within(dialog).findByText('2 of 2 orders activated.')).toBeInTheDocument();
    expect((await readOrder(first.orderNumber)).status).toBe('activated');
    expect((await readOrder(second.orderNumber)).status).toBe('activated');
    cleanup();

    await renderApp({ as: 'support', path: '/orders?status=created' });
    await screen.findByRole('list', { name: 'Orders matching the filters' });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
