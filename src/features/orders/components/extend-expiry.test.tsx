import { screen, within } from '@testing-library/react';
import { z } from 'zod';
import { apiRequest, readOrder, renderApp } from '@/testing/render-app';
import { shownDate } from '@/testing/shown-date';
import { orderApiPaths } from '../api/api-paths';
import { orderPaths } from '../paths';

const expirySchema = z.object({
  items: z.array(z.object({ orderNumber: z.string(), version: z.number(), expiresAt: z.string(), maxExpiresAt: z.string().nullable(), daysToExpiry: z.number().nullable() })),
});

/** Created orders of the live world, the soonest to expire first. */
async function createdBySoonestExpiry() {
  const { items } = await apiRequest(orderApiPaths.list(), expirySchema, { mode: 'live', query: { status: 'created', sort: 'daysToExpiry', order: 'asc' } });
  return items;
}

async function openOrder(orderNumber: string) {
  const view = await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
  await screen.findByRole('heading', { level: 1, name: new RegExp(`Order ${orderNumber}`) });
  return view;
}

describe("extending an order's expiry", () => {
  it('extends an order close to its expiry by 30 days, once: the new date shows, and the timeline holds it', async () => {
    (await renderApp({ as: 'admin' })).unmount();
    const [order] = await createdBySoonestExpiry();
    const { user } = await openOrder(order!.orderNumber);
    const newDate = shownDate(order!.maxExpiresAt!);
    expect(screen.getByText(`Expires on ${shownDate(order!.expiresAt)}`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Extend by 30 days' }));
    const dialog = await screen.findByRole('dialog', { name: `Extend the expiry of order ${order!.orderNumber}` });
    expect(within(dialog).getByText(`Order ${order!.orderNumber} expires on ${shownDate(order!.expiresAt)}: if it is not activated by then, the provider cancels it.`)).toBeInTheDocument();
    expect(within(dialog).getByText(`Extended by 30 days, it expires on ${newDate}, the latest the provider allows.`)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Extend the expiry' }));

    expect(await screen.findByText(`The expiry of order ${order!.orderNumber} is extended to ${newDate}.`)).toBeInTheDocument();
    expect(await screen.findByText(`Expires on ${newDate} (extended)`)).toBeInTheDocument();
    expect(screen.getByText(`${order!.daysToExpiry! + 30} days left`)).toBeInTheDocument();
    expect(screen.getByText(`Expiry extended to ${newDate}`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Extend by 30 days' })).not.toBeInTheDocument();
    expect(screen.getByText(`The expiry was extended once already, to ${newDate}: it cannot be extended again.`)).toBeInTheDocument();
    expect(await readOrder(order!.orderNumber)).toMatchObject({ expiryExtended: true, expiresAt: order!.maxExpiresAt, version: order!.version + 1 });
  });

  it('offers no extension to an order with more than 14 days left, and says from when', async () => {
    (await renderApp({ as: 'admin' })).unmount();
    const order = (await createdBySoonestExpiry()).find((item) => item.daysToExpiry! > 14)!;
    await openOrder(order.orderNumber);
    expect(screen.queryByRole('button', { name: 'Extend by 30 days' })).not.toBeInTheDocument();
    const from = new Date(`${order.expiresAt}T00:00:00Z`);
    from.setUTCDate(from.getUTCDate() - 14);
    expect(screen.getByText(`The expiry can be extended from ${shownDate(from.toISOString().slice(0, 10))}, in its last 14 days.`)).toBeInTheDocument();
  });

  it('extends the selected orders from the list and reports each one, the refused with why', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created&sort=daysToExpiry&order=asc' });
    const [soonest, later] = await createdBySoonestExpiry();
    expect(later!.daysToExpiry).toBeGreaterThan(14);
    for (const order of [soonest!, later!]) await user.click(await screen.findByRole('checkbox', { name: `Select order ${order.orderNumber}` }));
    await user.click(screen.getByRole('button', { name: 'Extend expiry of selected (2)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Extend the expiry of 2 orders' });
    expect(within(dialog).getByText(new RegExp(`^${soonest!.orderNumber} · .* · expires on ${shownDate(soonest!.expiresAt)} → ${shownDate(soonest!.maxExpiresAt!)}$`))).toBeInTheDocument();
    expect(within(dialog).getByText(new RegExp(`^${later!.orderNumber} · .*\\. The expiry can be extended from .*, in its last 14 days\\.$`))).toBeInTheDocument();

    // The button counts the order it can extend; the other is sent too, and its refusal reported.
    await user.click(within(dialog).getByRole('button', { name: 'Extend 1 order' }));
    expect(await within(dialog).findByText('Expiry extended: 1 of 2 orders.')).toBeInTheDocument();
    expect(document.activeElement).toHaveTextContent('Close');
    const results = within(dialog).getByRole('list', { name: 'Result per order' });
    expect(within(results).getByText(`${soonest!.orderNumber}: extended to ${shownDate(soonest!.maxExpiresAt!)}`)).toBeInTheDocument();
    expect(within(results).getByText(new RegExp(`^${later!.orderNumber}: refused\\. The expiry can be extended from .*, in its last 14 days\\.$`))).toBeInTheDocument();
    expect(await readOrder(soonest!.orderNumber)).toMatchObject({ expiryExtended: true, expiresAt: soonest!.maxExpiresAt });
    expect(await readOrder(later!.orderNumber)).toMatchObject({ expiryExtended: false, version: later!.version });
  });

  it('offers no confirmation when none of the selected orders can be extended yet, and says so', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created&sort=daysToExpiry&order=asc' });
    const early = (await createdBySoonestExpiry()).filter((order) => order.daysToExpiry! > 14).slice(-2);
    for (const order of early) await user.click(await screen.findByRole('checkbox', { name: `Select order ${order.orderNumber}` }));
    await user.click(screen.getByRole('button', { name: 'Extend expiry of selected (2)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Extend the expiry of 2 orders' });
    expect(within(dialog).getByText('None of these orders can be extended now: each one says why.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Extend 2 orders' })).toBeDisabled();
  });
});
