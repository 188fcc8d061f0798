import { screen, within } from '@testing-library/react';
import { z } from 'zod';
import { apiRequest, findOrder, freshBackendAs, renderApp } from '@/testing/render-app';
import { atPhoneWidth } from '@/testing/screen-width';

/** The value a card gives under `label`: the definition that follows that term. */
const fieldOf = (card: HTMLElement, label: string) => {
  const term = within(card).getAllByRole('term').find((element) => element.textContent === label);
  const value = term?.nextElementSibling;
  if (!(value instanceof HTMLElement) || value.tagName !== 'DD') throw new Error(`no field ${label}`);
  return value;
};

describe('the activity log on a phone', () => {
  atPhoneWidth();

  it('is one card per change, each telling what, when, who, the subject and the world under their names, and no table', async () => {
    await freshBackendAs('admin');
    const order = await findOrder('created');
    await apiRequest(`/orders/${order.orderNumber}/cancel`, z.unknown(), {
      method: 'POST',
      mode: 'live',
      body: { version: order.version, reasonCode: 'out-of-stock', reason: 'back in May' },
    });
    await apiRequest('/team/members/user-3333-3/deactivate', z.looseObject({}), { method: 'POST' });
    const { user } = await renderApp({ as: 'admin', path: '/settings/activity', resetData: false });

    const list = await screen.findByRole('list', { name: 'Activity, newest first' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = within(list).getAllByRole('listitem');

    const deactivated = cards.find((card) => within(card).queryByText('Member deactivated'))!;
    expect(fieldOf(deactivated, 'Who')).toHaveTextContent('Nathalie Dubois');
    expect(fieldOf(deactivated, 'Subject')).toHaveTextContent('support@atelier-lumiere.example');
    expect(fieldOf(deactivated, 'Data')).toHaveTextContent('—');
    expect(fieldOf(deactivated, 'When')).toHaveTextContent(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2}$/);

    const cancelled = within(list).getByRole('link', { name: `Order ${order.orderNumber}` }).closest('li')!;
    expect(within(cancelled).getByText('Order cancelled')).toBeInTheDocument();
    // The amount the table gives in the What column, with the reason.
    expect(cancelled).toHaveTextContent(/€[\d,]+\.\d{2} · Out of stock: back in May/);
    expect(fieldOf(cancelled, 'Data')).toHaveTextContent('Live');
    expect(fieldOf(cancelled, 'Who')).toHaveTextContent('Nathalie Dubois');

    // The filters and the pages are those of the table.
    expect(screen.getByRole('search', { name: 'Filter the activity' })).toBeInTheDocument();
    expect(screen.getByText(/^1–\d+ of \d+$/)).toBeInTheDocument();

    await user.click(within(cancelled).getByRole('link', { name: `Order ${order.orderNumber}` }));
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(`Order ${order.orderNumber}`) })).toBeInTheDocument();
  });
});
