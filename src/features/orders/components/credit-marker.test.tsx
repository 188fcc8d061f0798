import { screen, within } from '@testing-library/react';
import { z } from 'zod';
import { apiRequest, findOrder, freshBackendAs, renderApp } from '@/testing/render-app';

// An order credited in part stays activated (or paid): the list marks it with the money marker its
// status does not carry, and names the amount credited.

describe('an order credited in part, in the list', () => {
  it('carries the money marker before its outstanding amount, named by what was credited', async () => {
    await freshBackendAs('admin');
    const order = await findOrder('activated');
    await apiRequest(`/orders/${order.orderNumber}/reductions`, z.looseObject({}), {
      method: 'POST',
      mode: 'live',
      body: { version: order.version, amount: 1_000, reasonCode: 'damaged-in-transit' },
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    const untouched = await findOrder('activated', 'live', 1);

    const { user } = await renderApp({ as: 'admin', path: `/orders?status=activated&sort=orderNumber&order=asc`, resetData: false });
    const table = await screen.findByRole('table', { name: 'Orders matching the filters' });
    const rowOf = (orderNumber: string) => within(table).getByRole('link', { name: orderNumber }).closest('tr')!;
    const marker = within(rowOf(order.orderNumber)).getByRole('button', { name: 'Partly credited: €10.00' });
    expect(within(rowOf(untouched.orderNumber)).queryByRole('button', { name: /^Partly credited/ })).not.toBeInTheDocument();

    await user.hover(marker);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Partly credited: €10.00');
  });
});
