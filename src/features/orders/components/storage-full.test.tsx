import { screen, within } from '@testing-library/react';
import { fillTheStorage } from '@mocks/testing/full-storage';
import { findOrder, readOrder, renderApp } from '@/testing/render-app';
import { orderPaths } from '../paths';

describe('a full browser storage', () => {
  it('is told in the dialog where the user acted, which stays open, and the order is unchanged', async () => {
    const first = await renderApp({ as: 'admin', path: orderPaths.list() });
    const order = await findOrder('created');
    first.unmount();
    const { user } = await renderApp({ as: 'admin', path: orderPaths.detail(order.orderNumber), resetData: false });
    await screen.findByRole('heading', { level: 1, name: new RegExp(`Order ${order.orderNumber}`) });
    fillTheStorage();

    await user.click(screen.getByRole('button', { name: 'Activate' }));
    const dialog = await screen.findByRole('dialog', { name: `Activate order ${order.orderNumber}` });
    await user.click(within(dialog).getByRole('button', { name: 'Activate order' }));
    expect(await within(dialog).findByText(/This browser has no room left for the demo data, so nothing was changed/)).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: `Activate order ${order.orderNumber}` })).toBeInTheDocument();
    expect((await readOrder(order.orderNumber)).status).toBe('created');
  });
});
