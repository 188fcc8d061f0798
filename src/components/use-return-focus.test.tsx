import { screen, waitFor, within } from '@testing-library/react';
import { findOrder, renderApp } from '@/testing/render-app';

/** Opens the app on the first created order, signed in as an admin. */
async function openCreatedOrder() {
  const app = await renderApp({ as: 'admin', path: '/orders' });
  const order = await findOrder('created');
  app.unmount();
  const view = await renderApp({ as: 'admin', path: `/orders/${order.orderNumber}`, resetData: false });
  const heading = await screen.findByRole('heading', { level: 1, name: new RegExp(`Order ${order.orderNumber}`) });
  return { ...view, order, heading };
}

describe('focus after a dialog', () => {
  it('goes back to the button that opened the dialog when it is still there', async () => {
    const { user } = await openCreatedOrder();
    const opener = screen.getByRole('button', { name: 'Activate' });
    await user.click(opener);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Go back' }));
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it("goes to the page's title when the action removed the button that opened the dialog", async () => {
    const { user, order, heading } = await openCreatedOrder();
    await user.click(screen.getByRole('button', { name: 'Activate' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Activate order' }));
    expect(await screen.findByText(`Order ${order.orderNumber} is activated; the invoice is issued.`)).toBeInTheDocument();
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Activate' })).not.toBeInTheDocument();
  });
});
