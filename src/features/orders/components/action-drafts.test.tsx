import { screen, within } from '@testing-library/react';
import { findOrder, freshBackendAs, readOrder, renderApp } from '@/testing/render-app';
import { orderPaths } from '../paths';

/** Opens an activated order's "Cancel and credit" dialog and types a reason into it. */
async function typeIntoCancel(orderNumber: string) {
  const { user, unmount } = await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
  await user.click(await screen.findByRole('button', { name: 'Cancel and credit' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
  await user.click(await screen.findByRole('option', { name: 'Other' }));
  await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Agreed on the phone, ticket 123');
  return { user, unmount };
}

describe("what was typed into an order's action dialog", () => {
  afterEach(() => sessionStorage.clear());

  it('comes back in its dialog when the page is opened again after signing in anew, the order unchanged', async () => {
    await freshBackendAs('admin');
    const { orderNumber } = await findOrder('activated');
    const first = await typeIntoCancel(orderNumber);
    first.unmount();

    await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
    const dialog = await screen.findByRole('dialog', { name: `Cancel and credit order ${orderNumber}` });
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('Agreed on the phone, ticket 123');
    expect(within(dialog).getByRole('combobox', { name: 'Reason' })).toHaveValue('Other');
  });

  it('is kept, closed, when the dialog was dismissed, and gone once the action is done', async () => {
    await freshBackendAs('admin');
    const { orderNumber } = await findOrder('activated');
    const first = await typeIntoCancel(orderNumber);
    await first.user.keyboard('{Escape}');
    first.unmount();

    const { user, unmount } = await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
    await user.click(await screen.findByRole('button', { name: 'Cancel and credit' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('Agreed on the phone, ticket 123');
    await user.click(within(dialog).getByRole('button', { name: 'Credit the whole order' }));
    expect(await screen.findByText(`Order ${orderNumber} is credited.`)).toBeInTheDocument();
    expect(await readOrder(orderNumber)).toMatchObject({ status: 'credited' });
    unmount();

    await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
    await screen.findByRole('heading', { level: 1, name: new RegExp(`Order ${orderNumber}`) });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("keeps a partial cancel's amount and note the same way", async () => {
    await freshBackendAs('admin');
    const { orderNumber } = await findOrder('activated');
    const first = await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
    await first.user.click(await screen.findByRole('button', { name: 'Partial cancel' }));
    const typing = await screen.findByRole('dialog');
    await first.user.type(within(typing).getByRole('textbox', { name: /Amount to credit/ }), '42');
    await first.user.type(within(typing).getByRole('textbox', { name: 'Note' }), 'Scratched frame');
    first.unmount();

    await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
    const dialog = await screen.findByRole('dialog', { name: `Partial cancel of order ${orderNumber}` });
    expect(within(dialog).getByRole('textbox', { name: /Amount to credit/ })).toHaveValue('42.00');
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('Scratched frame');
  });

  it('says it is back, and empties the dialog on request, so that an old amount is not confirmed by mistake', async () => {
    await freshBackendAs('admin');
    const { orderNumber } = await findOrder('activated');
    const { user } = await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
    await user.click(await screen.findByRole('button', { name: 'Partial cancel' }));
    // Nothing typed yet: nothing to say.
    const fresh = await screen.findByRole('dialog');
    expect(within(fresh).queryByText('What you typed here earlier is back.')).not.toBeInTheDocument();
    await user.type(within(fresh).getByRole('textbox', { name: /Amount to credit/ }), '5');
    await user.tab();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Partial cancel' }));
    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByRole('textbox', { name: /Amount to credit/ });
    expect(amount).toHaveValue('5.00');
    expect(within(dialog).getByText('What you typed here earlier is back.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Start over' }));
    expect(amount).toHaveValue('');
    // Not lost with the button that went: on the amount, where the dialog opens.
    expect(amount).toHaveFocus();
    expect(within(dialog).queryByText('What you typed here earlier is back.')).not.toBeInTheDocument();
  });

  it.each(['Partial cancel', 'Cancel and credit'])('says nothing when %s is opened again with nothing typed', async (button) => {
    await freshBackendAs('admin');
    const { orderNumber } = await findOrder('activated');
    const { user } = await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
    await user.click(await screen.findByRole('button', { name: button }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: button }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByText('What you typed here earlier is back.')).not.toBeInTheDocument();
  });

  it('starts over on the amount after returned items were chosen', async () => {
    await freshBackendAs('admin');
    const { orderNumber } = await findOrder('activated');
    const { user } = await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false });
    await user.click(await screen.findByRole('button', { name: 'Partial cancel' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('radio', { name: 'Returned items' }));
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Partial cancel' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('radio', { name: 'Returned items' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Start over' }));
    expect(within(dialog).getByRole('textbox', { name: /Amount to credit/ })).toHaveFocus();
  });
});
