import { fireEvent, screen, within } from '@testing-library/react';
import { onTestFinished } from 'vitest';
import { z } from 'zod';
import { server } from '@mocks/node';
import { findOrder, readOrder, renderApp } from '@/testing/render-app';
import { orderPaths } from '../paths';

const eventsSchema = z.object({ events: z.array(z.object({ type: z.string() })) });

/** The page of a created order, signed in as an admin, on fresh data. */
async function openCreatedOrder() {
  const list = await renderApp({ as: 'admin', path: orderPaths.list() });
  const order = await findOrder('created');
  list.unmount();
  const view = await renderApp({ as: 'admin', path: orderPaths.detail(order.orderNumber), resetData: false });
  return { ...view, order };
}

/** The requests sent to POST `path` from now on, counted as they leave. */
function countPosts(path: string) {
  const sent = { count: 0 };
  const count = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith(path)) sent.count += 1;
  };
  server.events.on('request:start', count);
  onTestFinished(() => server.events.removeListener('request:start', count));
  return sent;
}

/** Two presses of a button in one go, the second before the first has drawn the button busy: a quick double click. */
function pressTwice(button: HTMLElement) {
  fireEvent.click(button);
  fireEvent.click(button);
}

// Both presses leave before any answer comes: by the first answer, a second request would be counted.
describe('an action confirmed twice in one go (a double click)', () => {
  it('is sent once: the order is activated once, and the page says so once', async () => {
    const { user, order } = await openCreatedOrder();
    await user.click(await screen.findByRole('button', { name: 'Activate' }));
    const dialog = await screen.findByRole('dialog', { name: `Activate order ${order.orderNumber}` });
    const sent = countPosts(`/orders/${order.orderNumber}/activate`);
    pressTwice(within(dialog).getByRole('button', { name: 'Activate order' }));
    const done = `Order ${order.orderNumber} is activated; the invoice is issued.`;
    expect(await screen.findByText(done)).toBeInTheDocument();
    expect(sent.count).toBe(1);
    expect(screen.getAllByText(done)).toHaveLength(1);
    const { events } = eventsSchema.parse(await readOrder(order.orderNumber));
    expect(events.filter((event) => event.type === 'activated')).toHaveLength(1);
  });

  it('is sent once through a form too: the order is cancelled once, and the page says so once', async () => {
    const { user, order } = await openCreatedOrder();
    await user.click(await screen.findByRole('button', { name: 'Cancel order' }));
    const dialog = await screen.findByRole('dialog', { name: `Cancel order ${order.orderNumber}` });
    await user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
    await user.click(await screen.findByRole('option', { name: 'Out of stock' }));
    const sent = countPosts(`/orders/${order.orderNumber}/cancel`);
    pressTwice(within(dialog).getByRole('button', { name: 'Cancel order' }));
    const done = `Order ${order.orderNumber} is cancelled.`;
    expect(await screen.findByText(done)).toBeInTheDocument();
    expect(sent.count).toBe(1);
    expect(screen.getAllByText(done)).toHaveLength(1);
    const { events } = eventsSchema.parse(await readOrder(order.orderNumber));
    expect(events.filter((event) => event.type === 'cancelled')).toHaveLength(1);
  });
});
