import { act, screen, waitFor, within } from '@testing-library/react';
import { refuseToStore } from '@/testing/full-storage';
import { renderApp } from '@/testing/render-app';

describe('saved views of the orders list', () => {
  it('saves the current filters and sort under a name, opens them again after a reload, renames and deletes them', async () => {
    const first = await renderApp({ as: 'finance', path: '/orders?status=activated&sort=total&order=desc' });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    await first.user.click(screen.getByRole('button', { name: 'My views (0)' }));
    await first.user.click(await screen.findByRole('menuitem', { name: 'Save this view…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this view' });
    await first.user.click(await within(dialog).findByRole('button', { name: 'Save view' }));
    expect(await within(dialog).findByText('Give the view a name.')).toBeVisible();
    await first.user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Biggest activated');
    await first.user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Biggest activated' })).toHaveAttribute('aria-current', 'page');
    first.unmount();

    // A reload on another list: the view is still there and leads back to its filters (the link is
    // current only when the list's address shows them).
    const again = await renderApp({ as: 'finance', path: '/orders', resetData: false });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    await again.user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Biggest activated' }));
    await waitFor(() =>
      expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Biggest activated' })).toHaveAttribute('aria-current', 'page'),
    );

    await again.user.click(screen.getByRole('button', { name: 'My views (1)' }));
    await again.user.click(await screen.findByRole('menuitem', { name: 'Rename or delete views…' }));
    const manage = await screen.findByRole('dialog', { name: 'Your views' });
    await again.user.click(within(manage).getByRole('button', { name: 'Rename the view Biggest activated' }));
    const name = await within(manage).findByRole('textbox', { name: 'Name' });
    await again.user.clear(name);
    await again.user.type(name, 'Top activated');
    await again.user.click(within(manage).getByRole('button', { name: 'Rename' }));
    expect(await within(screen.getByRole('navigation', { name: 'Main' })).findByRole('link', { name: 'Top activated' })).toBeVisible();
    await again.user.click(within(manage).getByRole('button', { name: 'Delete the view Top activated' }));
    await waitFor(() => expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Top activated' })).not.toBeInTheDocument());
  });

  it('saves a view from the keyboard, and gives the focus back to the button of the menu', async () => {
    const { user } = await renderApp({ as: 'support', path: '/orders?status=created' });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    const menuButton = screen.getByRole('button', { name: 'My views (0)' });
    act(() => menuButton.focus());
    await user.keyboard('{Enter}');
    const save = await screen.findByRole('menuitem', { name: 'Save this view…' });
    await waitFor(() => expect(screen.getAllByRole('menuitem')[0]).toHaveFocus());
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Save this view' });
    expect(save).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Close without saving' })).toBeVisible();
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus());
    await user.keyboard('Created ones{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'My views (1)' })).toHaveFocus());
  });
});

describe('the columns of a saved view', () => {
  const table = () => screen.findByRole('table', { name: 'Orders matching the filters' });
  const headerNames = async () => within(await table()).getAllByRole('columnheader').map((header) => header.textContent?.replace(/\(sort.*\)$/, ''));

  it('are saved with it and laid out again when it is opened; a view saved before columns were kept still opens', async () => {
    // A view saved by an earlier version of the app: filters only.
    localStorage.setItem('comptoir.saved-views.3333/finance@atelier-lumiere.example', JSON.stringify([{ id: 'old', name: 'Created', search: 'status=created' }]));
    const { user } = await renderApp({ as: 'finance', path: '/orders?status=activated' });
    await table();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    const panel = await screen.findByRole('dialog', { name: 'Columns' });
    await user.click(within(panel).getByRole('checkbox', { name: 'Country' }));
    await user.click(within(panel).getByRole('button', { name: 'Move Total left' }));
    await waitFor(async () => expect(await headerNames()).not.toContain('Country'));
    const laidOut = await headerNames();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'My views (1)' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Save this view…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this view' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Activated, narrow');
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Columns' })).getByRole('button', { name: 'Reset columns' }));
    await waitFor(async () => expect(await headerNames()).toContain('Country'));
    await user.keyboard('{Escape}');

    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Created' }));
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Created' })).toHaveAttribute('aria-current', 'page'));
    expect(await headerNames()).toContain('Country');

    await user.click(within(nav).getByRole('link', { name: 'Activated, narrow' }));
    await waitFor(async () => expect(await headerNames()).toEqual(laidOut));
    expect(within(nav).getByRole('link', { name: 'Activated, narrow' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('a browser with no room left on this device', () => {
  // What the orders list keeps on the device: views and columns.
  const fillStorage = () => refuseToStore('comptoir.saved-views.', 'comptoir.orders.columns.');
  const notKept = 'This browser has no room left to keep this view or column layout on this device, so nothing was changed. Free some space for this site, then try again.';

  it('keeps the save dialog and the name typed, and says why the view was not saved', async () => {
    fillStorage();
    const { user } = await renderApp({ as: 'finance', path: '/orders?status=activated' });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    await user.click(screen.getByRole('button', { name: 'My views (0)' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Save this view…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this view' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Activated');
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));

    expect(await screen.findByText(notKept)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Activated');
    expect(screen.getByRole('button', { name: 'My views (0)' })).toBeInTheDocument();
  });

  it('says why a column hidden in the Columns panel is still shown', async () => {
    fillStorage();
    const { user } = await renderApp({ as: 'finance', path: '/orders' });
    const table = await screen.findByRole('table', { name: 'Orders matching the filters' });
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Columns' })).getByRole('checkbox', { name: 'Country' }));

    expect(await screen.findByText(notKept)).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /Country/ })).toBeInTheDocument();
  });
});
