import { act, screen, within } from '@testing-library/react';
import { z } from 'zod';
import { apiRequest, findOrder, freshBackendAs, readOrder, renderApp } from '@/testing/render-app';
import { orderApiPaths } from '../api/api-paths';

describe('activating several orders', () => {
  it('reports per order what became of those refused, and applies nothing twice', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created&sort=orderNumber&order=asc' });
    const first = await findOrder('created', 'live', 0);
    const second = await findOrder('created', 'live', 1);
    const third = await findOrder('created', 'live', 2);
    for (const order of [first, second, third]) {
      await user.click(await screen.findByRole('checkbox', { name: `Select order ${order.orderNumber}` }));
    }
    await user.click(screen.getByRole('button', { name: 'Activate selected (3)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Activate 3 orders' });

    // Another tab activates the second order and cancels the third first.
    await apiRequest(orderApiPaths.activate(second.orderNumber), z.unknown(), { method: 'POST', mode: 'live', body: { version: second.version } });
    await apiRequest(orderApiPaths.cancel(third.orderNumber), z.unknown(), { method: 'POST', mode: 'live', body: { version: third.version, reason: 'Out of stock' } });

    await user.click(within(dialog).getByRole('button', { name: 'Activate 3 orders' }));
    expect(await within(dialog).findByText('1 of 3 orders activated.')).toBeInTheDocument();
    // The confirm button is gone with the results: the focus stays in the dialog, on its way out.
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toHaveTextContent('Close');
    expect(within(dialog).getByText(`${first.orderNumber}: activated`)).toBeInTheDocument();
    expect(within(dialog).getByText(`${second.orderNumber}: refused. It is already activated: someone activated it meanwhile. Nothing was applied twice.`)).toBeInTheDocument();
    expect(within(dialog).getByText(`${third.orderNumber}: refused. It was cancelled meanwhile.`)).toBeInTheDocument();
    expect((await readOrder(first.orderNumber)).status).toBe('activated');
    expect(await readOrder(second.orderNumber)).toMatchObject({ status: 'activated', version: second.version + 1 });
    expect((await readOrder(third.orderNumber)).status).toBe('cancelled');
  });

  it('keeps the orders picked when the user opens one of them and comes back', async () => {
    const { user, router } = await renderApp({ as: 'admin', path: '/orders?status=created&sort=orderNumber&order=asc' });
    const first = await findOrder('created', 'live', 0);
    const second = await findOrder('created', 'live', 1);
    for (const order of [first, second]) {
      await user.click(await screen.findByRole('checkbox', { name: `Select order ${order.orderNumber}` }));
    }
    await user.click(screen.getByRole('link', { name: first.orderNumber }));
    await screen.findByRole('heading', { level: 1, name: `Order ${first.orderNumber}` });

    await act(() => router.navigate(-1));
    expect(await screen.findByRole('checkbox', { name: `Select order ${second.orderNumber}` })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: `Select order ${first.orderNumber}` })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Activate selected (2)' })).toBeInTheDocument();
  });

  it('speaks of a single order in the singular', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created&sort=orderNumber&order=asc', language: 'fr' });
    const order = await findOrder('created', 'live', 0);
    await user.click(await screen.findByRole('checkbox', { name: `Sélectionner la commande ${order.orderNumber}` }));
    await user.click(screen.getByRole('button', { name: 'Activer la sélection (1)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Activer 1 commande' });
    expect(within(dialog).getByText(/^Confirmez que la marchandise de cette commande a été expédiée\./)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Activer 1 commande' }));
    expect(await within(dialog).findByText('Commande activée : 1 sur 1.')).toBeInTheDocument();
  });

  it("names the orders not shipped yet or not complete, as the single order's dialog warns of them", async () => {
    await freshBackendAs('admin');
    const page = z.object({ items: z.array(z.object({ orderNumber: z.string(), shippingStatus: z.string(), completeness: z.string() })) });
    const created = await apiRequest('/orders', page, { mode: 'live', query: { status: 'created', sort: 'orderNumber', order: 'asc', pageSize: 100 } });
    const waiting = created.items.find((order) => order.shippingStatus === 'waiting')!;
    const incomplete = created.items.find((order) => order.completeness === 'incomplete' && order !== waiting)!;
    const ready = created.items.find((order) => order.shippingStatus === 'shipped' && order.completeness === 'complete')!;
    const { user } = await renderApp({ path: '/orders?status=created&sort=orderNumber&order=asc&pageSize=100', resetData: false });
    for (const order of [waiting, incomplete, ready]) {
      await user.click(await screen.findByRole('checkbox', { name: `Select order ${order.orderNumber}` }));
    }
    await user.click(screen.getByRole('button', { name: 'Activate selected (3)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Activate 3 orders' });
    const notShipped = [waiting, incomplete, ready].filter((order) => order.shippingStatus !== 'shipped').map((order) => order.orderNumber);
    const notComplete = [waiting, incomplete, ready].filter((order) => order.completeness === 'incomplete').map((order) => order.orderNumber);
    const listed = (numbers: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(numbers);
    const one = (numbers: string[], text: string) => (numbers.length === 1 ? `Order ${numbers[0]} is ${text}` : `Orders ${listed(numbers)} are ${text}`);
    expect(within(dialog).getByText(new RegExp(`^${one(notShipped, 'recorded as not shipped yet')}`))).toBeInTheDocument();
    expect(within(dialog).getByText(new RegExp(`^${one(notComplete, 'marked not complete')}`))).toBeInTheDocument();
    expect(within(dialog).queryByText(new RegExp(ready.orderNumber + '.*not'))).not.toBeInTheDocument();
  });
});
