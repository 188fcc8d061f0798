import { screen, within } from '@testing-library/react';
import { ticketListSchema } from '@/contract/support';
import { apiRequest, freshBackendAs, renderApp } from '@/testing/render-app';
import { shownDate } from '@/testing/shown-date';
import { orderPaths } from '../paths';

/** The seeded request for a later due date that the provider has answered, and the order it is about. */
async function agreedRequest() {
  const { items } = await apiRequest('/support/tickets', ticketListSchema, { mode: 'live' });
  const request = items.find((ticket) => ticket.topic === 'payment-term-extension' && ticket.status === 'answered');
  if (!request?.orderNumber || !request.wishedDueDate) throw new Error('The seed has no answered payment-term extension');
  return { ticketNumber: request.ticketNumber, orderNumber: request.orderNumber, agreed: request.wishedDueDate };
}

describe('an order whose due date the provider moved', () => {
  it('shows the agreed day beside the invoice’s, and the move on its timeline with the request that asked for it', async () => {
    await freshBackendAs('admin');
    const { ticketNumber, orderNumber, agreed } = await agreedRequest();
    await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
    await screen.findByRole('heading', { level: 1, name: new RegExp(`Order ${orderNumber}`) });

    expect(screen.getByText('Agreed due date').parentElement).toHaveTextContent(shownDate(agreed));
    expect(screen.getByText('No reminder before this day; the invoice keeps its own due date.')).toBeVisible();
    const timeline = screen.getByRole('heading', { name: 'Timeline' }).parentElement!;
    const moved = within(timeline).getByText(`Due date moved to ${shownDate(agreed)}`).closest('[role="listitem"]') as HTMLElement;
    expect(within(moved).getByRole('link', { name: ticketNumber })).toHaveAttribute('href', `/support/tickets/${ticketNumber}`);
    expect(screen.getByText('Not due')).toBeVisible();
  });

  it('says in the list that the due date was moved', async () => {
    await freshBackendAs('admin');
    const { orderNumber, agreed } = await agreedRequest();
    await renderApp({ as: 'admin', path: `${orderPaths.list()}?q=${orderNumber}`, resetData: false });
    const row = (await screen.findByRole('link', { name: orderNumber })).closest('tr')!;
    // Read as two dates, not run together.
    expect(row.textContent).toMatch(new RegExp(`\\d{4} moved to ${shownDate(agreed)}`));
    expect(within(row).getByText('Not due')).toBeVisible();
  });
});
