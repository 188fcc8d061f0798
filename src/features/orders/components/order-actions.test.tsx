import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { server } from '@mocks/node';
import { alertTexts } from '@/testing/alerts';
import { apiRequest, findOrder, readOrder, renderApp, signInAs } from '@/testing/render-app';
import { shownDate } from '@/testing/shown-date';
import { z } from 'zod';
import { orderApiPaths } from '../api/api-paths';
import { orderPaths } from '../paths';
import { holdOrderLists } from '@/testing/held-requests';

const euros = (cents: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** Opens the app on an order of the given status, signed in as `role`. */
async function openOrder(status: string, role: 'admin' | 'finance' | 'support' = 'admin') {
  const app = await renderApp({ as: role, path: orderPaths.list() });
  const order = await findOrder(status);
  app.unmount();
  const view = await renderApp({ as: role, path: orderPaths.detail(order.orderNumber), resetData: false });
  await screen.findByRole('heading', { level: 1, name: new RegExp(`Order ${order.orderNumber}`) });
  return { ...view, order };
}

/** Opens the cancel dialog of a created order and picks a reason, as a user about to confirm. */
async function cancelWithAReason() {
  const view = await openOrder('created');
  await view.user.click(screen.getByRole('button', { name: 'Cancel order' }));
  const dialog = await screen.findByRole('dialog', { name: `Cancel order ${view.order.orderNumber}` });
  await view.user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
  await view.user.click(await screen.findByRole('option', { name: 'Out of stock' }));
  return { ...view, dialog };
}

describe('actions on an order', () => {
  it('activates a created order after showing the due date, and shows the result', async () => {
    const { user, order } = await openOrder('created');
    await user.click(screen.getByRole('button', { name: 'Activate' }));
    const dialog = await screen.findByRole('dialog', { name: `Activate order ${order.orderNumber}` });
    const promised = (await within(dialog).findByText(/due on/)).textContent;
    await user.click(within(dialog).getByRole('button', { name: 'Activate order' }));
    expect(await screen.findByText(`Order ${order.orderNumber} is activated; the invoice is issued.`)).toBeInTheDocument();
    const activated = z.object({ status: z.string(), paymentTermDays: z.number(), dueDate: z.string() }).parse(await readOrder(order.orderNumber));
    expect(activated.status).toBe('activated');
    // The date promised is the one the order carries, counted from the backend's day (the tests set
    // its clock), not the device's.
    expect(promised).toBe(`Payment term ${activated.paymentTermDays} days: due on ${shownDate(activated.dueDate)}.`);
    expect(await screen.findByRole('button', { name: 'Partial cancel' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Download INV-\S+ as PDF in (French|Dutch|German)$/ })).toBeInTheDocument();
  });

  it('warns before activating an order recorded as not shipped or not complete, and not otherwise', async () => {
    const app = await renderApp({ as: 'admin', path: orderPaths.list() });
    const ordersWhere = (query: Record<string, string>) =>
      apiRequest('/orders', z.object({ items: z.array(z.object({ orderNumber: z.string() })) }), { mode: 'live', query: { status: 'created', sort: 'orderNumber', order: 'asc', ...query } });
    const [waiting] = (await ordersWhere({ shipping: 'waiting', completeness: 'incomplete' })).items;
    const [ready] = (await ordersWhere({ shipping: 'shipped', completeness: 'complete' })).items;
    app.unmount();
    const notShipped = 'This order is recorded as not shipped yet: activating it confirms that every item has gone out, and marks each line shipped today.';
    const incomplete = /^This order is marked not complete/;

    const first = await renderApp({ as: 'admin', path: orderPaths.detail(waiting!.orderNumber), resetData: false });
    await first.user.click(await screen.findByRole('button', { name: 'Activate' }));
    let dialog = await screen.findByRole('dialog', { name: `Activate order ${waiting!.orderNumber}` });
    expect(within(dialog).getByText(notShipped)).toBeInTheDocument();
    expect(within(dialog).getByText(incomplete)).toBeInTheDocument();
    first.unmount();

    const second = await renderApp({ as: 'admin', path: orderPaths.detail(ready!.orderNumber), resetData: false });
    await second.user.click(await screen.findByRole('button', { name: 'Activate' }));
    dialog = await screen.findByRole('dialog', { name: `Activate order ${ready!.orderNumber}` });
    await within(dialog).findByText(/due on/);
    expect(within(dialog).queryByText(notShipped)).not.toBeInTheDocument();
    expect(within(dialog).queryByText(incomplete)).not.toBeInTheDocument();
  });

  it('requires a reason to cancel and keeps the order unchanged until one is given', async () => {
    const { user, order } = await openOrder('created');
    await user.click(screen.getByRole('button', { name: 'Cancel order' }));
    const dialog = await screen.findByRole('dialog');
    // The dialog opens on its first field, not on its close button.
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Reason' })).toHaveFocus());
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    expect(await within(dialog).findByText('Choose a reason.')).toBeInTheDocument();
    expect((await readOrder(order.orderNumber)).status).toBe('created');

    await user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
    await user.click(await screen.findByRole('option', { name: 'Other' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    expect(await within(dialog).findByText('Describe the reason in a few words.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Shop closed for inventory');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    expect(await screen.findByText(`Order ${order.orderNumber} is cancelled.`)).toBeInTheDocument();
    const stored = await readOrder(order.orderNumber);
    expect(stored).toMatchObject({ status: 'cancelled', statusReason: 'Other: Shop closed for inventory', statusReasonCode: 'other' });
  });

  it('keeps a pasted note past 500 characters whole, says so next to it, and cancels nothing until it is shortened', async () => {
    const { user, order } = await openOrder('created');
    await user.click(screen.getByRole('button', { name: 'Cancel order' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
    await user.click(await screen.findByRole('option', { name: 'Other' }));
    const note = within(dialog).getByRole('textbox', { name: 'Note' });
    const pasted = 'Returned to the warehouse after the fair. '.repeat(14).trim();
    await user.click(note);
    await user.paste(pasted);
    expect(note).toHaveValue(pasted);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    expect(await within(dialog).findByText('Keep the note to 500 characters at most.')).toBeInTheDocument();
    expect(note).toHaveValue(pasted);
    expect((await readOrder(order.orderNumber)).status).toBe('created');
  });

  it('refuses a reduction above the outstanding amount next to the field, keeping what was typed', async () => {
    const { user, order } = await openOrder('activated');
    await user.click(screen.getByRole('button', { name: 'Partial cancel' }));
    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByRole('textbox', { name: /Amount to credit/ });
    await user.type(amount, String(order.outstanding / 100 + 1));
    await user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
    await user.click(await screen.findByRole('option', { name: 'Damaged in transit' }));
    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));
    expect(await within(dialog).findByText('The amount cannot exceed what is outstanding.')).toBeInTheDocument();
    expect(amount).not.toHaveValue('');

    await user.clear(amount);
    await user.type(amount, '5');
    await waitFor(() => expect(within(dialog).getByText(/the new outstanding amount is/)).toHaveTextContent(/Credit €5\.00/));
    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));
    await screen.findByText(`The credit note for order ${order.orderNumber} is issued.`);
    const stored = await readOrder(order.orderNumber);
    expect(stored.outstanding).toBe(order.outstanding - 500);
  });

  it('keeps what was typed when its dialog is dismissed and opened again, and starts afresh once the action is done', async () => {
    const { user, order } = await openOrder('activated');
    await user.click(screen.getByRole('button', { name: 'Partial cancel' }));
    let dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Amount to credit/ }), '2');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Partial cancel' }));
    dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: /Amount to credit/ })).toHaveValue('2');
    await user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
    await user.click(await screen.findByRole('option', { name: 'Damaged in transit' }));
    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));
    await screen.findByText(`The credit note for order ${order.orderNumber} is issued.`);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(await screen.findByRole('button', { name: 'Partial cancel' }));
    dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: /Amount to credit/ })).toHaveValue('');
  });

  it('meets a stale version with the fresh order, the dialog open and nothing applied twice', async () => {
    const { user, order } = await openOrder('activated');
    await user.click(screen.getByRole('button', { name: 'Partial cancel' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Amount to credit/ }), '3');
    await user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
    await user.click(await screen.findByRole('option', { name: 'Other' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Goodwill');

    // Someone else credits 2.00 in the meantime, as from another tab.
    await apiRequest(orderApiPaths.reductions(order.orderNumber), z.unknown(), {
      method: 'POST',
      mode: 'live',
      body: { version: order.version, reason: 'Other tab', amount: 200 },
    });

    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Someone changed this order in the meantime');
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('Goodwill');
    expect((await readOrder(order.orderNumber)).outstanding).toBe(order.outstanding - 200);

    // Confirming again against the fresh order applies once.
    await waitFor(() => expect(within(dialog).getByText(/now\)/)).toHaveTextContent(`(${euros(order.outstanding - 200)} now)`));
    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));
    await screen.findByText(`The credit note for order ${order.orderNumber} is issued.`);
    expect((await readOrder(order.orderNumber)).outstanding).toBe(order.outstanding - 500);
  });

  it('says at once when the order its dialog shows changes, and applies nothing until confirmed again', async () => {
    const { user, order, queryClient, dialog } = await cancelWithAReason();

    // Another tab activates the order, and says so: this one asks for it again.
    await apiRequest(orderApiPaths.activate(order.orderNumber), z.unknown(), { method: 'POST', mode: 'live', body: { version: order.version } });
    await queryClient.invalidateQueries();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Someone changed this order: it is now activated. What you read here is the order as it is now.');
    expect(screen.getByRole('dialog', { name: `Cancel and credit order ${order.orderNumber}` })).toBe(dialog);

    await user.click(within(dialog).getByRole('button', { name: 'Credit the whole order' }));
    // The refusal shows the order as it is now: nothing is said to have changed since.
    await waitFor(() => expect(alertTexts(dialog)).toEqual([expect.stringMatching(/^Someone changed this order in the meantime/)]));
    expect((await readOrder(order.orderNumber)).status).toBe('activated');
    // Confirmed again, knowingly, the activated order is credited.
    await user.click(within(dialog).getByRole('button', { name: 'Credit the whole order' }));
    await waitFor(async () => expect((await readOrder(order.orderNumber)).status).toBe('credited'));
  });

  it("says that the order changed beside an earlier attempt's error", async () => {
    const { user, order, queryClient, dialog } = await cancelWithAReason();
    server.use(http.post('*/api/orders/:orderNumber/cancel', () => Response.error(), { once: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^The server could not be reached/);

    await apiRequest(orderApiPaths.activate(order.orderNumber), z.unknown(), { method: 'POST', mode: 'live', body: { version: order.version } });
    await queryClient.invalidateQueries();
    await waitFor(() =>
      expect(alertTexts(dialog)).toEqual([
        expect.stringMatching(/^The server could not be reached/),
        expect.stringMatching(/^Someone changed this order: it is now activated\./),
      ]),
    );
  });

  it('keeps the dialog open and says why when the order was cancelled meanwhile', async () => {
    const { user, order } = await openOrder('created');
    await user.click(screen.getByRole('button', { name: 'Activate' }));
    const dialog = await screen.findByRole('dialog');
    await apiRequest(orderApiPaths.cancel(order.orderNumber), z.unknown(), {
      method: 'POST',
      mode: 'live',
      body: { version: order.version, reason: 'Other tab' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Activate order' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This order is now cancelled: this action is no longer possible.');
    expect(within(dialog).getByRole('button', { name: 'Activate order' })).toBeDisabled();
    // Nothing is promised any more: no invoice, no due date.
    expect(within(dialog).queryByText(/invoice|due on/)).not.toBeInTheDocument();
    expect((await readOrder(order.orderNumber)).status).toBe('cancelled');
  });

  it('from the list, activates against the fresh order after a refusal, not the row it opened from', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created&sort=orderNumber&order=asc' });
    const order = await findOrder('created');
    await user.click(await screen.findByRole('button', { name: `Activate order ${order.orderNumber}` }));
    const dialog = await screen.findByRole('dialog');
    // Another tab activates it first: the list's row is now stale.
    await apiRequest(orderApiPaths.activate(order.orderNumber), z.unknown(), { method: 'POST', mode: 'live', body: { version: order.version } });
    await user.click(within(dialog).getByRole('button', { name: 'Activate order' }));
    expect((await within(dialog).findByText(/^This order is now activated/)).closest('[role=alert]')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Activate order' })).toBeDisabled();
    expect(await readOrder(order.orderNumber)).toMatchObject({ status: 'activated', version: order.version + 1 });
  });

  it('from the list, confirms an activation once the API applied it, while the list is still refreshing', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created&sort=orderNumber&order=asc' });
    const order = await findOrder('created');
    await user.click(await screen.findByRole('button', { name: `Activate order ${order.orderNumber}` }));
    const dialog = await screen.findByRole('dialog');
    // The list's refetch after the action waits until released, as on a large world or a slow machine.
    const releaseList = holdOrderLists();
    await user.click(within(dialog).getByRole('button', { name: 'Activate order' }));
    expect(await screen.findByText(`Order ${order.orderNumber} is activated; the invoice is issued.`)).toBeInTheDocument();
    expect(screen.queryByText(/no longer possible/)).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await readOrder(order.orderNumber)).status).toBe('activated');
    releaseList();
    // The list follows: the order has left the created ones.
    await waitFor(() => expect(screen.queryByRole('link', { name: order.orderNumber })).not.toBeInTheDocument());
  });

  it('returns every remaining item: the shipping fee is credited too and the order becomes credited', async () => {
    const { user, order } = await openOrder('activated');
    await user.click(screen.getByRole('button', { name: 'Partial cancel' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Returned items' }));
    for (const line of within(dialog).getAllByRole('group')) {
      const remaining = within(line).getByText(/^\d+ remaining$/).textContent!.split(' ')[0]!;
      const input = within(line).getByRole('textbox', { name: /^Quantity returned of/ });
      await user.clear(input);
      await user.type(input, remaining);
      await user.click(within(line).getByRole('combobox', { name: /^Why, if for another reason: / }));
      await user.click(await screen.findByRole('option', { name: 'Wrong item delivered' }));
    }
    await user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
    await user.click(await screen.findByRole('option', { name: 'Changed mind' }));
    expect(within(dialog).getByText(/No item remains/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));
    await screen.findByText(`Order ${order.orderNumber} is fully credited.`);
    expect(await readOrder(order.orderNumber)).toMatchObject({ status: 'credited', outstanding: 0 });
  });

  it.each(['finance', 'support'] as const)('offers %s no action, and says who may act', async (role) => {
    await openOrder('created', role);
    expect(screen.getByText(/Only an admin of your merchant account can/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Activate' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Cancel/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Extend/ })).not.toBeInTheDocument();
    await signInAs(role);
  });
});
