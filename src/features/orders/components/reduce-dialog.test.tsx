import { screen, waitFor, within } from '@testing-library/react';
import { findOrder, readOrder, renderApp } from '@/testing/render-app';
import { orderPaths } from '../paths';

/** Opens the partial-cancel dialog of an activated order, signed in as an admin. */
async function openReduceDialog(language: 'en' | 'fr' = 'en') {
  const app = await renderApp({ as: 'admin', path: orderPaths.list() });
  const order = await findOrder('activated');
  app.unmount();
  const view = await renderApp({ as: 'admin', path: orderPaths.detail(order.orderNumber), resetData: false, language });
  await screen.findByRole('heading', { level: 1, name: new RegExp(order.orderNumber) });
  await view.user.click(screen.getByRole('button', { name: language === 'fr' ? 'Annulation partielle' : 'Partial cancel' }));
  const dialog = await screen.findByRole('dialog');
  return { ...view, order, dialog };
}

describe('the partial-cancel summary', () => {
  it('promises no credit for an amount above what is outstanding', async () => {
    const { user, dialog } = await openReduceDialog();
    await user.type(within(dialog).getByRole('textbox', { name: /Amount to credit/ }), '99999');
    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));
    expect(await within(dialog).findByText('The amount cannot exceed what is outstanding.')).toBeInTheDocument();
    // The first field that is wrong takes the focus, not the button that was pressed.
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: /Amount to credit/ })).toHaveFocus());
    expect(within(dialog).queryByText(/^Credit /)).not.toBeInTheDocument();
    expect(within(dialog).getByText(/^Enter an amount above zero and at most €/)).toBeInTheDocument();

    const amount = within(dialog).getByRole('textbox', { name: /Amount to credit/ });
    await user.clear(amount);
    await user.type(amount, '1');
    await waitFor(() => expect(within(dialog).getByText(/^Credit €1\.00: the new outstanding amount is/)).toBeInTheDocument());
  });

  it('says why a typed amount reads as none, rather than repeating the bounds', async () => {
    const { user, dialog } = await openReduceDialog();
    const amount = within(dialog).getByRole('textbox', { name: /Amount to credit/ });
    await user.type(amount, '10.1234');
    expect(await within(dialog).findByText('An amount has at most two decimals.')).toBeInTheDocument();
    expect(within(dialog).queryByText(/^Enter an amount above zero and at most €/)).not.toBeInTheDocument();
    await user.clear(amount);
    await user.type(amount, '1.234');
    expect(await within(dialog).findByText(/^This could be read two ways/)).toBeInTheDocument();
    expect(amount).toHaveValue('1.234');
  });

  it('promises no credit while a returned quantity is above what remains', async () => {
    const { user, dialog } = await openReduceDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'Returned items' }));
    const quantity = within(dialog).getAllByRole('textbox', { name: /^Quantity returned of/ })[0]!;
    await user.clear(quantity);
    await user.type(quantity, '99');
    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));
    expect(await within(dialog).findByText('More than what remains on this line.')).toBeInTheDocument();
    await waitFor(() => expect(quantity).toHaveFocus());
    expect(within(dialog).queryByText(/^Credit /)).not.toBeInTheDocument();
    expect(within(dialog).getByText(/^Enter how many items come back/)).toBeInTheDocument();

    await user.clear(quantity);
    await user.type(quantity, '1');
    await waitFor(() => expect(within(dialog).getByText(/^Credit €[\d,.]+: the new outstanding amount is/)).toBeInTheDocument());
  });
});

describe('returning items', () => {
  it('offers reasons for items that come back, and prices each line by its units', async () => {
    const { user, dialog, order } = await openReduceDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'Returned items' }));
    const line = within(dialog).getAllByRole('group')[0]!;
    expect(within(line).getByText(/^AL-\d+ · \d+ × €[\d,.]+ (− €[\d,.]+ discount )?= €[\d,.]+$/)).toBeInTheDocument();

    await user.click(within(line).getByRole('combobox', { name: /^Why .* comes back$/ }));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options).toEqual(['Damaged in transit', 'Defective', 'Wrong item delivered', 'Wrong size', 'Not as described', 'Changed mind', 'Other']);
    await user.click(screen.getByRole('option', { name: 'Wrong size' }));
    await user.type(within(line).getByRole('textbox', { name: /^Quantity returned of/ }), '{Backspace}1');
    await user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
    expect(screen.queryByRole('option', { name: 'Duplicate order' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Defective' }));
    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));

    await screen.findByText(/The credit note for order \d+ is issued\.|Order \d+ is fully credited\./);
    const { events } = await readOrder(order.orderNumber);
    expect((events as unknown[]).at(-1)).toMatchObject({ type: 'returned', reason: 'Defective', reasonCode: 'defective', lines: [expect.objectContaining({ quantity: 1, reason: 'Wrong size', reasonCode: 'wrong-size' })] });
  });
});

describe('typing an amount', () => {
  it('reads the amount the way the language writes it, shows it back so, and asks rather than guess', async () => {
    const { user, dialog } = await openReduceDialog('fr');
    const amount = within(dialog).getByRole('textbox', { name: /Montant à créditer/ });
    await user.type(amount, '1,5');
    await user.tab();
    expect(amount).toHaveValue('1,50');
    await waitFor(() => expect(within(dialog).getByText(/^Crédit de 1,50\s€ : le nouveau restant dû est de/)).toBeInTheDocument());

    await user.clear(amount);
    await user.type(amount, '1,234');
    await user.click(within(dialog).getByRole('button', { name: 'Émettre la note de crédit' }));
    expect(await within(dialog).findByText(/Ce montant peut se lire de deux façons/)).toBeInTheDocument();
    // What was typed stays as typed, to be corrected.
    expect(amount).toHaveValue('1,234');
    expect(within(dialog).queryByText(/^Crédit de /)).not.toBeInTheDocument();
  });
});

