import { screen, waitFor, within } from '@testing-library/react';
import { refuseToStore } from '@/testing/full-storage';
import { apiRequest, findOrder, readOrder, renderApp } from '@/testing/render-app';
import { z } from 'zod';

/** Activates a created order through the API, as another user would: a change the reset undoes. */
async function changeAnOrder() {
  const order = await findOrder('created');
  await apiRequest(`/orders/${order.orderNumber}/activate`, z.looseObject({}), {
    method: 'POST',
    mode: 'live',
    body: { version: order.version },
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });
  return order.orderNumber;
}

describe('resetting the demo data', () => {
  it('asks first, changes nothing on Cancel, and gives focus back to the user menu', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    const orderNumber = await changeAnOrder();
    const menuButton = await screen.findByRole('button', { name: /User menu for/ });

    await user.click(menuButton);
    await user.click(await screen.findByRole('menuitem', { name: 'Reset demo data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset the demo data?' });
    expect(dialog).toHaveTextContent("Other merchants' data is not touched.");
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(menuButton).toHaveFocus());
    expect((await readOrder(orderNumber)).status).toBe('activated');

    await user.click(menuButton);
    await user.click(await screen.findByRole('menuitem', { name: 'Reset demo data' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset all demo data' }));
    expect(await screen.findByText('The demo data was restored.')).toBeInTheDocument();
    expect((await readOrder(orderNumber)).status).toBe('created');
    await waitFor(() => expect(menuButton).toHaveFocus());
  });

  it('tells the result in a notification that can be closed by name, in the language picked, away from the header', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    await user.click(await screen.findByRole('button', { name: /Change language/ }));
    await user.click(await screen.findByRole('menuitem', { name: /Français/ }));
    await user.click(await screen.findByRole('button', { name: /Menu utilisateur de/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Réinitialiser les données de démo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Réinitialiser les données de démo ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Réinitialiser toutes les données de démo' }));

    const message = await screen.findByText('Les données de démo ont été restaurées.');
    const notification = message.closest<HTMLElement>('[role="alert"]')!;
    expect(within(notification).getByRole('button', { name: 'Fermer la notification' })).toBeInTheDocument();
    expect(notification.closest('[data-position]')).toHaveAttribute('data-position', 'bottom-right');
  });

  it('is offered to admins only: finance and support see no reset in their menu', async () => {
    for (const role of ['finance', 'support'] as const) {
      const { user, unmount } = await renderApp({ as: role, path: '/orders' });
      await user.click(await screen.findByRole('button', { name: /User menu for/ }));
      expect(await screen.findByRole('menuitem', { name: 'Sign out' })).toBeInTheDocument();
      expect(screen.queryByRole('menuitem', { name: 'Reset demo data' })).not.toBeInTheDocument();
      unmount();
    }
  });
});


describe('the appearance in the user menu', () => {
  it('is a choice of radio items, the one in use checked', async () => {
    const { user } = await renderApp({ as: 'finance', path: '/orders' });
    await user.click(await screen.findByRole('button', { name: /User menu for/ }));
    expect(await screen.findByRole('menuitemradio', { name: 'As the system' })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('menuitemradio', { name: 'Dark' }));
    await user.click(await screen.findByRole('button', { name: /User menu for/ }));
    expect(await screen.findByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('menuitemradio', { name: 'Light' })).toHaveAttribute('aria-checked', 'false');
  });

  it('changes the language even when the browser has no room left to remember it', async () => {
    refuseToStore('comptoir.language');
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    await user.click(await screen.findByRole('button', { name: /Change language/ }));
    await user.click(await screen.findByRole('menuitem', { name: /Nederlands/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bestellingen' })).toBeInTheDocument();
  });
});
