import { screen, waitFor, within } from '@testing-library/react';
import { z } from 'zod';
import { alertTexts } from '@/testing/alerts';
import { apiRequest, findOrder, readOrder, renderApp } from '@/testing/render-app';
import { orderApiPaths } from '../api/api-paths';
import { orderPaths } from '../paths';

const partialCancel = { en: 'Partial cancel', fr: 'Annulation partielle', nl: 'Gedeeltelijk annuleren', de: 'Teilstornierung' };

/** Opens the partial-cancel dialog of an activated order, signed in as an admin. */
async function openReduceDialog(language: 'en' | 'fr' | 'nl' | 'de' = 'en') {
  const app = await renderApp({ as: 'admin', path: orderPaths.list() });
  const order = await findOrder('activated');
  app.unmount();
  const view = await renderApp({ as: 'admin', path: orderPaths.detail(order.orderNumber), resetData: false, language });
  await screen.findByRole('heading', { level: 1, name: new RegExp(order.orderNumber) });
  await view.user.click(screen.getByRole('button', { name: partialCancel[language] }));
  const dialog = await screen.findByRole('dialog');
  return { ...view, order, dialog };
}

/** Types a credit of `amount` with the reason Other and a note, as a user fills the dialog in. */
async function typeCredit(user: Awaited<ReturnType<typeof openReduceDialog>>['user'], dialog: HTMLElement, amount: string) {
  const field = within(dialog).getByRole('textbox', { name: /Amount to credit/ });
  await user.type(field, amount);
  await user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
  await user.click(await screen.findByRole('option', { name: 'Other' }));
  await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Goodwill');
  return field;
}

/** A credit of `cents` made meanwhile by someone else, against the version this dialog opened on. */
function creditInAnotherTab(order: { orderNumber: string; version: number }, cents: number) {
  return apiRequest(orderApiPaths.reductions(order.orderNumber), z.unknown(), {
    method: 'POST',
    mode: 'live',
    body: { version: order.version, reason: 'Other tab', amount: cents },
  });
}

describe('the partial-cancel summary', () => {
  it('promises no credit for an amount above what is outstanding', async () => {
    const { user, dialog } = await openReduceDialog();
    // The dialog opens on the amount, its first field, not on its close button.
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: /Amount to credit/ })).toHaveFocus());
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

  it('says that an amount of all that is outstanding credits the whole order, and credits it so', async () => {
    const { user, dialog, order } = await openReduceDialog();
    const { outstanding } = await readOrder(order.orderNumber);
    await typeCredit(user, dialog, (outstanding / 100).toFixed(2));
    expect(await within(dialog).findByText('Nothing remains to pay: the order becomes credited.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));

    await screen.findByText(`Order ${order.orderNumber} is fully credited.`);
    const stored = await readOrder(order.orderNumber);
    expect(stored.status).toBe('credited');
    expect((stored.events as unknown[]).at(-1)).toMatchObject({ type: 'credited', amount: outstanding, reason: 'Other: Goodwill' });
  });

  it('says so too when items coming back are worth all that is still owed, though some remain', async () => {
    const { user, dialog, order, queryClient } = await openReduceDialog();
    // Someone else credited all but 1.00, and the dialog shows the fresh order.
    await creditInAnotherTab(order, order.outstanding - 100);
    await queryClient.invalidateQueries();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^Someone changed this order\./);
    await user.click(within(dialog).getByRole('radio', { name: 'Returned items' }));
    await user.type(within(dialog).getAllByRole('textbox', { name: /^Quantity returned of/ })[0]!, '{Backspace}1');
    expect(await within(dialog).findByText('Nothing remains to pay: the order becomes credited.')).toBeInTheDocument();
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

    await user.click(within(line).getByRole('combobox', { name: /^Why, if for another reason: / }));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    // No "Other" for a line: it has no note to say what that is; the return's reason and note say it.
    expect(options).toEqual(['Damaged in transit', 'Defective', 'Wrong item delivered', 'Wrong size', 'Not as described', 'Changed mind']);
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

  it("asks for the return's reason once: a line without one of its own comes back for that reason", async () => {
    const { user, dialog, order } = await openReduceDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'Returned items' }));
    const line = within(dialog).getAllByRole('group')[0]!;
    expect(within(line).getByRole('combobox', { name: /^Why, if for another reason: / })).toHaveAttribute('placeholder', 'Same as the return');
    await user.type(within(line).getByRole('textbox', { name: /^Quantity returned of/ }), '{Backspace}1');
    await user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
    await user.click(await screen.findByRole('option', { name: 'Damaged in transit' }));
    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));

    await screen.findByText(/The credit note for order \d+ is issued\.|Order \d+ is fully credited\./);
    const { events } = await readOrder(order.orderNumber);
    expect((events as unknown[]).at(-1)).toMatchObject({ type: 'returned', reason: 'Damaged in transit', lines: [expect.objectContaining({ quantity: 1, reason: null, reasonCode: null })] });
  });
});

describe('a returned quantity that is no whole number', () => {
  it.each(['1,5', '-1'])('keeps "%s" as typed, says why, and offers no credit for it', async (typed) => {
    const { user, dialog } = await openReduceDialog('de');
    await user.click(within(dialog).getByRole('radio', { name: 'Retournierte Artikel' }));
    const quantity = within(dialog).getAllByRole('textbox', { name: /^Retournierte Menge von/ })[0]!;
    await user.type(quantity, typed);
    await user.tab();
    expect(await within(dialog).findByText('Geben Sie eine ganze Anzahl Artikel ein, z. B. 2.')).toBeInTheDocument();
    expect(quantity).toHaveValue(typed);
    expect(within(dialog).queryByText(/^Gutschrift über /)).not.toBeInTheDocument();
  });
});

describe('returning nothing yet', () => {
  it('asks for a quantity on some line, and says no more of it once one is entered', async () => {
    const { user, dialog } = await openReduceDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'Returned items' }));
    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));
    expect(await within(dialog).findByText('Enter a quantity for at least one line.')).toBeInTheDocument();

    const line = within(dialog).getAllByRole('group')[0]!;
    await user.type(within(line).getByRole('textbox', { name: /^Quantity returned of/ }), '{Backspace}1');
    await waitFor(() => expect(within(dialog).queryByText('Enter a quantity for at least one line.')).not.toBeInTheDocument());
    expect(within(dialog).getByText(/^Credit €[\d,.]+: the new outstanding amount is/)).toBeInTheDocument();
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


describe('the amount field', () => {
  it('says what is wrong with the amount as soon as the user leaves it, keeping what was typed', async () => {
    const { user, dialog } = await openReduceDialog();
    const amount = within(dialog).getByRole('textbox', { name: /Amount to credit/ });
    // What reads as an amount is shown back in the language's form; what does not stays as typed.
    const cases = [
      ['12.999', '12.999', /^This could be read two ways/],
      ['0.001', '0.001', /^An amount has at most two decimals\. /],
      ['abc', 'abc', /^Enter the amount as a number/],
      ['99999', '99,999.00', /^The amount cannot exceed what is outstanding\. /],
    ] as const;
    for (const [typed, shown, problem] of cases) {
      await user.clear(amount);
      await user.type(amount, typed);
      await user.tab();
      await waitFor(() => expect(amount).toHaveAttribute('aria-invalid', 'true'));
      expect(amount).toHaveAccessibleDescription(problem);
      expect(amount).toHaveValue(shown);
    }
    // Corrected, the field is no longer marked.
    await user.clear(amount);
    await user.type(amount, '1');
    await waitFor(() => expect(amount).not.toHaveAttribute('aria-invalid', 'true'));
  });

  it.each([
    ['fr', /Montant à créditer/, /^Un montant a au plus deux décimales\. /],
    ['nl', /Te crediteren bedrag/, /^Een bedrag heeft hoogstens twee decimalen\. /],
    ['de', /Gutzuschreibender Betrag/, /^Ein Betrag hat höchstens zwei Nachkommastellen\. /],
  ] as const)('marks a too precise amount on leaving the field, in %s', async (language, label, problem) => {
    const { user, dialog } = await openReduceDialog(language);
    const amount = within(dialog).getByRole('textbox', { name: label });
    await user.type(amount, '0,001');
    await user.tab();
    await waitFor(() => expect(amount).toHaveAttribute('aria-invalid', 'true'));
    expect(amount).toHaveAccessibleDescription(problem);
    expect(amount).toHaveValue('0,001');
  });

  it('marks an amount above the fresh outstanding once another tab credited the order meanwhile', async () => {
    const { user, dialog, order } = await openReduceDialog();
    const amount = await typeCredit(user, dialog, (order.outstanding / 100).toFixed(2));
    await creditInAnotherTab(order, 200);

    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Someone changed this order in the meantime');
    await waitFor(() => expect(amount).toHaveAttribute('aria-invalid', 'true'));
    expect(amount).toHaveAccessibleDescription(/^The amount cannot exceed what is outstanding\. /);
    expect(amount).toHaveValue(new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2 }).format(order.outstanding / 100));
    expect((await readOrder(order.orderNumber)).outstanding).toBe(order.outstanding - 200);
  });

  it('is refused, and says so, when the order shown behind it was refreshed after a credit made in another tab', async () => {
    const { user, dialog, order, queryClient } = await openReduceDialog();
    const amount = await typeCredit(user, dialog, '4');
    await creditInAnotherTab(order, 400);
    // The other tab says so: this one asks for the order again, and the dialog shows the fresh
    // figures, saying they changed (its status did not).
    await queryClient.invalidateQueries();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^Someone changed this order\. What you read here is the order as it is now\.$/);

    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));
    await waitFor(() => expect(alertTexts(dialog)).toEqual([expect.stringMatching(/^Someone changed this order in the meantime/)]));
    expect(amount).toHaveValue('4.00');
    expect((await readOrder(order.orderNumber)).outstanding).toBe(order.outstanding - 400);
    // Confirmed again, knowingly, it is a second credit.
    await user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));
    await waitFor(async () => expect((await readOrder(order.orderNumber)).outstanding).toBe(order.outstanding - 800));
  });
});
