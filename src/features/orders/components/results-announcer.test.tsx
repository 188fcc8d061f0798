import { screen, waitFor } from '@testing-library/react';
import { findOrder, freshBackendAs, renderApp } from '@/testing/render-app';

/** Whether a live region says `text` now. */
const announced = (text: string) => screen.queryAllByText(text).some((node) => node.closest('[role="status"]'));

describe('the orders list announces its results', () => {
  it('says how many orders match once the list has answered', async () => {
    await freshBackendAs('admin');
    const created = await findOrder('created');
    await renderApp({ as: 'admin', path: `/orders?q=${created.orderNumber}`, resetData: false });
    await waitFor(() => expect(announced('1 order matches')).toBe(true));
  });

  it('writes a count in the thousands as the pager does, in the chosen language', async () => {
    await renderApp({ as: 'admin', path: '/orders', ordersPerWorld: 2_000 });
    await waitFor(() => expect(announced('2,000 orders match')).toBe(true));
  });

  it("writes it in the merchant's region: a Swiss merchant's 2'000 in German", async () => {
    await renderApp({ as: 'bergblickAdmin', path: '/orders', ordersPerWorld: 2_000, language: 'de' });
    await waitFor(() => expect(announced("2'000 passende Bestellungen") || announced('2’000 passende Bestellungen')).toBe(true));
  });

  it('says so when no order matches', async () => {
    await renderApp({ as: 'admin', path: '/orders?q=nothing-like-this' });
    await waitFor(() => expect(announced('No order matches')).toBe(true));
  });
});
