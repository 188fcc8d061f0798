import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';

const table = () => screen.findByRole('table', { name: 'Orders matching the filters' });
const headerNames = async () => within(await table()).getAllByRole('columnheader').map((header) => header.textContent?.replace(/\(sort.*\)$/, '') ?? '');
const columnsPanel = () => screen.findByRole('dialog', { name: 'Columns' });

async function openColumns(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await table();
  await user.click(screen.getByRole('button', { name: 'Columns' }));
  return columnsPanel();
}

describe('the columns of the orders list', () => {
  it('leaves out the columns the filters leave empty, says so in the panel, and brings them back with the filters', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?paymentState=overdue,reminder-1,reminder-2&sort=dueDate&order=asc' });
    const overdue = await headerNames();
    expect(overdue).toEqual(expect.arrayContaining(['Payment state', 'Due date']));
    expect(overdue).not.toContain('Expires in');
    expect(overdue).not.toContain('Actions');
    const panel = await openColumns(user);
    const expiry = within(panel).getByRole('checkbox', { name: 'Expires in' });
    // The user's choice stands: the column comes back once an order could fill it.
    expect(expiry).toBeChecked();
    expect(expiry).toHaveAccessibleDescription('Empty with these filters: left out for now');
    expect(within(panel).getByRole('checkbox', { name: 'Due date' })).not.toHaveAccessibleDescription();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(async () => expect(await headerNames()).toEqual(expect.arrayContaining(['Expires in', 'Payment state', 'Due date'])));
  });

  it('shows and hides columns, moves one and restores them, the order number always shown', async () => {
    const { user } = await renderApp({ as: 'finance' });
    const defaults = await headerNames();
    expect(defaults).toContain('Due date');
    expect(defaults).not.toContain('Payment method');
    const panel = await openColumns(user);
    expect(within(panel).getByRole('checkbox', { name: /Order number/ })).toBeDisabled();
    expect(within(panel).getByRole('checkbox', { name: 'Payment method' })).not.toBeChecked();

    await user.click(within(panel).getByRole('checkbox', { name: 'Payment method' }));
    await waitFor(async () => expect(await headerNames()).toContain('Payment method'));
    await user.click(within(panel).getByRole('checkbox', { name: 'Due date' }));
    await waitFor(async () => expect(await headerNames()).not.toContain('Due date'));
    expect(within(await table()).getAllByRole('row')[1]!.children).toHaveLength((await headerNames()).length);

    const before = await headerNames();
    expect(before.indexOf('Customer')).toBe(before.indexOf('Order date') + 1);
    const moveLeft = within(panel).getByRole('button', { name: 'Move Customer left' });
    await user.click(moveLeft);
    await waitFor(async () => expect((await headerNames()).indexOf('Customer')).toBe(before.indexOf('Order date')));
    expect(within(panel).getByRole('button', { name: 'Move Customer left' })).toHaveFocus();

    await user.click(within(panel).getByRole('button', { name: 'Reset columns' }));
    await waitFor(async () => expect(await headerNames()).toEqual(defaults));
  });

  it('sizes a column with the arrow keys, and a double-click gives it its own width back', async () => {
    const { user } = await renderApp({ as: 'finance' });
    const handle = within(await table()).getByRole('separator', { name: 'Resize Customer' });
    expect(handle).toHaveAttribute('aria-orientation', 'vertical');
    const header = handle.closest('th')!;
    const start = Number(handle.getAttribute('aria-valuenow'));

    await user.click(handle);
    expect(handle).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}');
    await waitFor(() => expect(handle).toHaveAttribute('aria-valuenow', String(start + 10)));
    expect(header).toHaveStyle({ width: `${start + 10}px` });
    // The header is still a sort button beside its handle.
    expect(within(header).getByRole('button', { name: /^Customer/ })).toBeInTheDocument();

    await user.dblClick(handle);
    await waitFor(() => expect(header.style.width).toBe(''));
  });

  it('keeps the layout for the same user after a reload, not for another user', async () => {
    const first = await renderApp({ as: 'finance' });
    const panel = await openColumns(first.user);
    await first.user.click(within(panel).getByRole('checkbox', { name: 'Country' }));
    await first.user.click(within(panel).getByRole('button', { name: 'Move Status left' }));
    await waitFor(async () => expect(await headerNames()).not.toContain('Country'));
    const laidOut = await headerNames();
    first.unmount();

    const again = await renderApp({ as: 'finance', resetData: false });
    await waitFor(async () => expect(await headerNames()).toEqual(laidOut));
    again.unmount();

    const other = await renderApp({ as: 'support', resetData: false });
    await table();
    expect(await headerNames()).toContain('Country');
    expect((await headerNames()).indexOf('Status')).toBeGreaterThan((await headerNames()).indexOf('Total'));
    other.unmount();
  });
});
