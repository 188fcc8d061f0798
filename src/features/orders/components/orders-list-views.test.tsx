import { screen, waitFor, within } from '@testing-library/react';
import { findOrder, freshBackendAs, renderApp } from '@/testing/render-app';
import { queriesSeen } from '@/testing/requests-seen';

const table = () => screen.findByRole('table', { name: 'Orders matching the filters' });
const bodyRows = async () => within(await table()).getAllByRole('row').slice(1);
const views = () => screen.findByRole('navigation', { name: 'Ready-made views' });
const viewLinks = async () => within(await views()).findAllByRole('link');
const viewNames = async () => (await viewLinks()).map((link) => link.textContent?.replace(/[\d,]+$/, ''));

/** The list requests the app sends, as the handlers see them. */
const listRequests = () => queriesSeen('/api/orders');

/** Waits until the rows are the answer to the current URL, not the previous ones kept on screen or not yet laid out. */
async function settledRows() {
  await waitFor(async () => expect((await table()).closest('[data-stale], [aria-busy="true"]')).toBeNull());
  return bodyRows();
}

describe('ready-made views of the orders list', () => {
  it('take finance to the overdue orders, each with its dunning state, counted as the list counts them', async () => {
    const requests = listRequests();
    const { user } = await renderApp({ as: 'finance' });
    expect(await viewNames()).toEqual(['Overdue, with reminders', 'In collection', 'Credited this month']);
    const overdue = (await viewLinks()).find((link) => link.textContent?.startsWith('Overdue'))!;
    expect(overdue).not.toHaveAttribute('aria-current');
    const count = Number(overdue.textContent?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);

    await user.click(overdue);
    await waitFor(() => expect(within(screen.getByRole('navigation', { name: 'Ready-made views' })).getByRole('link', { name: /^Overdue/ })).toHaveAttribute('aria-current', 'true'));
    await waitFor(() => expect(requests.at(-1)?.get('paymentState')).toBe('overdue,reminder-1,reminder-2'));
    const rows = await settledRows();
    expect(rows).toHaveLength(Math.min(count, 25));
    for (const row of rows) {
      expect(within(row).getByText('Activated')).toBeInTheDocument();
      expect(within(row).getByText(/^(Overdue|Reminder 1|Reminder 2)$/)).toBeInTheDocument();
    }
    expect(screen.getByText(new RegExp(`of ${count}$`))).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Due date/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('follow the role: support gets what support handles, an admin everything', async () => {
    const support = await renderApp({ as: 'support' });
    expect(await viewNames()).toEqual(['Expires within 7 days', 'Overdue, with reminders', 'In collection']);
    support.unmount();
    await renderApp({ as: 'admin' });
    expect(await viewNames()).toEqual(['Expires within 7 days', 'Waiting to ship', 'Overdue, with reminders', 'In collection', 'Credited this month']);
  });

  it('keep the rows to a page the user chose', async () => {
    await renderApp({ as: 'admin', path: '/orders?pageSize=100' });
    const overdue = (await viewLinks()).find((link) => link.textContent?.startsWith('Overdue'));
    expect(new URL(overdue!.getAttribute('href')!, 'http://x').searchParams.get('pageSize')).toBe('100');
  });

  it('mark the view the URL shows, whatever the sort', async () => {
    await renderApp({ as: 'admin', path: '/orders?paymentState=collection&sort=total' });
    const current = (await viewLinks()).filter((link) => link.hasAttribute('aria-current'));
    expect(current.map((link) => [link.textContent?.replace(/[\d,]+$/, ''), link.getAttribute('aria-current')])).toEqual([['In collection', 'true']]);
  });
});

describe('the payment filters', () => {
  it('list the orders in the payment states picked, and those overdue by more than the days typed, from the URL', async () => {
    const requests = listRequests();
    const { user } = await renderApp({ as: 'admin' });
    await table();
    await user.click(screen.getByRole('combobox', { name: 'Payment state' }));
    await user.click(await screen.findByRole('option', { name: 'Reminder 2' }));
    await waitFor(() => expect(requests.at(-1)?.get('paymentState')).toBe('reminder-2'));
    // The filter shows with its list.
    expect(await screen.findByRole('button', { name: 'Remove filter Payment state: Reminder 2' })).toBeInTheDocument();
    const rows = await settledRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(within(row).getByText('Reminder 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'More filters' }));
    await user.type(await screen.findByRole('textbox', { name: 'Overdue by more than (days)' }), '35');
    await waitFor(() => expect(requests.at(-1)?.get('overdueByMoreThanDays')).toBe('35'));
    expect(requests.at(-1)?.get('paymentState')).toBe('reminder-2');
  });
});

describe('a search that finds nothing here', () => {
  it('says what it finds in the other data world, and shows it there with the search kept', async () => {
    await freshBackendAs('admin');
    const live = await findOrder('activated', 'live');
    const { user } = await renderApp({ as: 'admin', mode: 'test', resetData: false, path: `/orders?q=${encodeURIComponent(`BP ${live.orderNumber}/3333`)}` });
    expect(await screen.findByRole('heading', { name: 'No order matches here, but 1 order matches in live data' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show it in live data' }));
    const rows = await settledRows();
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByRole('link', { name: live.orderNumber })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue(`BP ${live.orderNumber}/3333`);
  });

  it('says plainly that nothing matches when the other world has nothing either', async () => {
    await renderApp({ as: 'admin', path: '/orders?q=nobody-has-this-name' });
    expect(await screen.findByRole('heading', { name: 'No order matches' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /in test data/ })).not.toBeInTheDocument();
  });
});
