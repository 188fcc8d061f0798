import { screen, waitFor, within } from '@testing-library/react';
import { accountPaths } from '@/features/account/paths';
import { renderApp } from '@/testing/render-app';

const openUserMenu = async (user: Awaited<ReturnType<typeof renderApp>>['user']) => {
  await user.click(await screen.findByRole('button', { name: /User menu for/ }));
  return screen.findByRole('menu');
};

describe('the settings', () => {
  it('are reached from the user menu by an admin, with a navigation of their own', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    await user.click(within(await openUserMenu(user)).getByRole('menuitem', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Billing details' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Settings' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Billing details', 'Payout account', 'Credentials', 'Team', 'Activity']);
    expect(within(nav).getByRole('link', { name: 'Billing details' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(nav).getByRole('link', { name: 'Credentials' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Credentials' })).toBeInTheDocument();
  });

  it('lead /settings to the billing details', async () => {
    await renderApp({ as: 'finance', path: '/settings' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Billing details' })).toBeInTheDocument();
  });

  it('show finance the billing details and the payout account only; the credentials say they are for admins', async () => {
    const first = await renderApp({ as: 'finance', path: '/orders' });
    expect(within(await openUserMenu(first.user)).getByRole('menuitem', { name: 'Settings' })).toBeInTheDocument();
    first.unmount();
    await renderApp({ as: 'finance', path: accountPaths.credentials(), resetData: false });
    const nav = await screen.findByRole('navigation', { name: 'Settings' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Billing details', 'Payout account']);
    expect(await screen.findByText('API keys and the security check are for admins. Ask an admin of your merchant account if you need a key.')).toBeInTheDocument();
  });

  it('are not offered to support, and a direct address says they are not for that role', async () => {
    const first = await renderApp({ as: 'support', path: '/orders' });
    const menu = await openUserMenu(first.user);
    await waitFor(() => expect(within(menu).getAllByRole('menuitem').length).toBeGreaterThan(0));
    expect(within(menu).queryByRole('menuitem', { name: 'Settings' })).not.toBeInTheDocument();
    first.unmount();

    // Each page says who it is for: the team and the activity log are an admin's, as finance is told too.
    const why = [
      [accountPaths.billingDetails(), /^The settings are for admin and finance users\./],
      [accountPaths.payoutAccount(), /^The settings are for admin and finance users\./],
      [accountPaths.credentials(), /^API keys and the security check are for admins\./],
      ['/settings/team', /^The team is managed by admins\./],
      ['/settings/activity', /^The activity log is for admins\./],
    ] as const;
    for (const [path, said] of why) {
      const view = await renderApp({ as: 'support', path, resetData: false });
      expect(await screen.findByText('Not available for your role')).toBeInTheDocument();
      expect(screen.getByText(said)).toBeInTheDocument();
      expect(screen.queryByRole('navigation', { name: 'Settings' })).not.toBeInTheDocument();
      view.unmount();
    }
  });

  it('name the page a support agent is refused in the tab, as every page is named', async () => {
    await renderApp({ as: 'support', path: '/settings' });
    expect(await screen.findByText('Not available for your role')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Settings · Comptoir'));
  });
});
