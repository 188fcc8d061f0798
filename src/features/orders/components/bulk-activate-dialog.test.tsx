import { screen, within } from '@testing-library/react';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { findOrder, readOrder, renderApp } from '@/testing/render-app';

describe('activating several orders', () => {
  it('reports per order, refusing one changed meanwhile, and applies nothing twice', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created&sort=orderNumber&order=asc' });
    const first = await findOrder('created', 'live', 0);
    const second = await findOrder('created', 'live', 1);
    await user.click(await screen.findByRole('checkbox', { name: `Select order ${first.orderNumber}` }));
    await user.click(screen.getByRole('checkbox', { name: `Select order ${second.orderNumber}` }));
    await user.click(screen.getByRole('button', { name: 'Activate selected (2)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Activate 2 orders' });

    // Another tab activates the second order first.
    await apiRequest(`/orders/${second.orderNumber}/activate`, z.unknown(), { method: 'POST', mode: 'live', body: { version: second.version } });

    await user.click(within(dialog).getByRole('button', { name: 'Activate 2 orders' }));
    expect(await within(dialog).findByText('1 of 2 orders activated.')).toBeInTheDocument();
    expect(within(dialog).getByText(`${first.orderNumber}: activated`)).toBeInTheDocument();
    expect(within(dialog).getByText(new RegExp(`^${second.orderNumber}: refused\\. It was changed meanwhile`))).toBeInTheDocument();
    expect((await readOrder(first.orderNumber)).status).toBe('activated');
    const again = await readOrder(second.orderNumber);
    expect(again).toMatchObject({ status: 'activated', version: second.version + 1 });
  });
});
