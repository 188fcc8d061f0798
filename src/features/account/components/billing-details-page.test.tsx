import { screen, waitFor, within } from '@testing-library/react';
import { billingDetailsSchema } from '@/contract/account';
import { fillPastLimit } from '@/testing/fill-past-limit';
import { apiRequest, renderApp } from '@/testing/render-app';
import { accountPaths } from '../paths';

const storedDetails = () => apiRequest('/account/billing-details', billingDetailsSchema);

describe('the billing details', () => {
  it('keeps a VAT number of the wrong format and says so next to the field, then saves the corrected one', async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.billingDetails() });
    const vatNumber = await screen.findByRole('textbox', { name: 'VAT number' });
    expect(vatNumber).toHaveValue('BE0123456749');
    expect(screen.getByText('In the format of the country, e.g. BE0123456749.')).toBeInTheDocument();

    await user.clear(vatNumber);
    await user.type(vatNumber, 'DE123456789');
    await user.clear(screen.getByRole('textbox', { name: 'Street and number' }));
    await user.type(screen.getByRole('textbox', { name: 'Street and number' }), 'Place Sainte-Catherine 3');
    await user.click(screen.getByRole('button', { name: 'Save billing details' }));

    expect(await screen.findByText('A VAT number of the country chosen starts with BE, e.g. BE0123456749.')).toBeInTheDocument();
    expect(vatNumber).toHaveValue('DE123456789');
    expect(vatNumber).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(vatNumber).toHaveFocus());
    expect((await storedDetails()).street).toBe('Rue du Marché 12');

    await user.clear(vatNumber);
    await user.type(vatNumber, 'BE 0987.654.394');
    await user.click(screen.getByRole('button', { name: 'Save billing details' }));
    expect(await screen.findByText('Saved. The next invoice and credit note show the new details.')).toBeInTheDocument();
    expect(vatNumber).toHaveValue('BE0987654394');
    expect(screen.getByText(/^Last changed on .* by Nathalie Dubois\.$/)).toBeInTheDocument();
    expect(await storedDetails()).toMatchObject({ street: 'Place Sainte-Catherine 3', vatNumber: 'BE0987654394', updatedBy: 'Nathalie Dubois' });
  });

  it('names the limit of a field typed too long and keeps what was typed', async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.billingDetails(), language: 'de' });
    const city = await screen.findByRole('textbox', { name: 'Ort' });
    const typed = await fillPastLimit(user, city, 61);
    await user.click(screen.getByRole('button', { name: 'Rechnungsdaten speichern' }));
    expect(await screen.findByText('Höchstens 60 Zeichen.')).toBeInTheDocument();
    expect(city).toHaveValue(typed);
    expect((await storedDetails()).city).not.toBe(typed);
  });

  it('does not undo a change saved meanwhile elsewhere: it says so, shows it where nothing was typed, keeps what was', async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.billingDetails() });
    const street = await screen.findByRole('textbox', { name: 'Street and number' });
    // Another tab saves a new city while this form is open.
    await apiRequest('/account/billing-details', billingDetailsSchema, { method: 'PUT', body: { ...(await storedDetails()), city: 'Ixelles', updatedAt: null } });

    await user.clear(street);
    await user.type(street, 'Place Sainte-Catherine 3');
    await user.click(screen.getByRole('button', { name: 'Save billing details' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else saved these details while you were editing them');
    expect(street).toHaveValue('Place Sainte-Catherine 3');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'City' })).toHaveValue('Ixelles'));
    expect(await storedDetails()).toMatchObject({ street: 'Rue du Marché 12', city: 'Ixelles' });

    // The second save keeps the other change, but where the user typed over it.
    await user.click(screen.getByRole('button', { name: 'Save billing details' }));
    expect(await screen.findByText('Saved. The next invoice and credit note show the new details.')).toBeInTheDocument();
    expect(await storedDetails()).toMatchObject({ street: 'Place Sainte-Catherine 3', city: 'Ixelles' });
  });

  it('refuses a VAT number whose check digits do not match and a postal code not of the country, next to each field', async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.billingDetails(), language: 'fr' });
    const vatNumber = await screen.findByRole('textbox', { name: 'Numéro de TVA' });
    const postalCode = screen.getByRole('textbox', { name: 'Code postal' });
    await user.clear(vatNumber);
    await user.type(vatNumber, 'BE0123456788');
    await user.clear(postalCode);
    await user.type(postalCode, '12');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les données de facturation' }));

    expect(await screen.findByText("Un chiffre est erroné : vérifiez qu'aucun chiffre n'a été mal saisi.")).toBeInTheDocument();
    expect(screen.getByText("Ce n'est pas un code postal du pays choisi, où un code postal s'écrit par exemple 1000.")).toBeInTheDocument();
    expect(vatNumber).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(postalCode).toHaveFocus());
    expect(await storedDetails()).toMatchObject({ postalCode: '1000', vatNumber: 'BE0123456749', updatedAt: null });
  });

  it('writes German as the merchant’s region does: “Strasse” in Switzerland, “Straße” elsewhere', async () => {
    const swiss = await renderApp({ as: 'bergblickAdmin', path: accountPaths.billingDetails(), language: 'de' });
    expect(await screen.findByRole('textbox', { name: 'Strasse und Hausnummer' })).toBeInTheDocument();
    expect(screen.queryByText(/ß/)).not.toBeInTheDocument();
    swiss.unmount();
    await renderApp({ as: 'admin', path: accountPaths.billingDetails(), language: 'de' });
    expect(await screen.findByRole('textbox', { name: 'Straße und Hausnummer' })).toBeInTheDocument();
  });

  it('holds the VAT number to the format of the country chosen, in the user’s language', async () => {
    const { user } = await renderApp({ as: 'bergblickAdmin', path: accountPaths.billingDetails(), language: 'de' });
    const country = await screen.findByRole('combobox', { name: 'Land' });
    expect(country).toHaveDisplayValue('Schweiz');
    // Named as each country names it: the Swiss "MWST-Nr.", the Austrian "USt-IdNr.".
    const swiss = screen.getByRole('textbox', { name: 'MWST-Nr.' });
    await user.clear(swiss);
    await user.click(screen.getByRole('button', { name: 'Rechnungsdaten speichern' }));
    expect(await screen.findByText('Geben Sie die MWST-Nr. ein.')).toBeInTheDocument();
    expect(screen.getByText('Im Format des Landes, z. B. CHE-123.456.788 MWST.')).toBeInTheDocument();
    // The company id alone lacks the tax it is registered for: the message says what to add.
    await user.type(swiss, 'CHE123456788');
    expect(await screen.findByText('Ergänzen Sie die Steuer, für die die Nummer eingetragen ist (MWST, TVA oder IVA), z. B. CHE-123.456.788 MWST.')).toBeInTheDocument();
    await user.clear(swiss);
    await user.selectOptions(country, 'AT');
    expect(screen.getByRole('textbox', { name: 'USt-IdNr.' })).toBe(swiss);
    expect(screen.getByText('Im Format des Landes, z. B. ATU12345675.')).toBeInTheDocument();
    await user.type(swiss, 'CHE-123.456.788 MWST');
    await user.click(screen.getByRole('button', { name: 'Rechnungsdaten speichern' }));
    expect(await screen.findByText('Im gewählten Land beginnt die Nummer mit ATU, z. B. ATU12345675.')).toBeInTheDocument();
  });

  it('says there was nothing to save when the values are the stored ones, however the VAT number is written', async () => {
    const { user } = await renderApp({ as: 'admin', path: accountPaths.billingDetails() });
    const vatNumber = await screen.findByRole('textbox', { name: 'VAT number' });
    await user.clear(vatNumber);
    await user.type(vatNumber, 'be 0123.456.749');
    await user.click(screen.getByRole('button', { name: 'Save billing details' }));
    expect(await screen.findByText('Nothing to save: these are already the billing details.')).toBeInTheDocument();
    expect(screen.queryByText('Saved. The next invoice and credit note show the new details.')).not.toBeInTheDocument();
    expect(screen.getByText('As given when your merchant account was opened.')).toBeInTheDocument();
    expect(await storedDetails()).toMatchObject({ vatNumber: 'BE0123456749', updatedAt: null, updatedBy: null });

    // A save the form refuses says what is wrong, and no longer that there was nothing to save.
    await user.clear(vatNumber);
    await user.click(screen.getByRole('button', { name: 'Save billing details' }));
    expect(await screen.findByText('Enter the VAT number.')).toBeInTheDocument();
    expect(screen.queryByText('Nothing to save: these are already the billing details.')).not.toBeInTheDocument();
  });

  it('brings typing not saved back after the session ended (a sign-out in another tab), and starts over on demand', async () => {
    const first = await renderApp({ as: 'admin', path: accountPaths.billingDetails() });
    const city = await screen.findByRole('textbox', { name: 'City' });
    await first.user.clear(city);
    await first.user.type(city, 'Ixelles');
    // The page goes with the session; the same user signs in again in this tab.
    first.unmount();
    const { user } = await renderApp({ as: 'admin', path: accountPaths.billingDetails(), resetData: false });
    expect(await screen.findByRole('textbox', { name: 'City' })).toHaveValue('Ixelles');
    expect(screen.getByText('What you typed here earlier is back: it is not saved yet.').closest('[role=status]')).toBeInTheDocument();
    expect((await storedDetails()).city).toBe('Bruxelles');

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveValue('Bruxelles');
    expect(screen.queryByText(/What you typed here earlier/)).not.toBeInTheDocument();
  });

  it('keeps no typing once it is saved', async () => {
    const first = await renderApp({ as: 'admin', path: accountPaths.billingDetails() });
    const city = await screen.findByRole('textbox', { name: 'City' });
    await first.user.clear(city);
    await first.user.type(city, 'Ixelles');
    await first.user.click(screen.getByRole('button', { name: 'Save billing details' }));
    await waitFor(async () => expect((await storedDetails()).city).toBe('Ixelles'));
    first.unmount();
    await renderApp({ as: 'admin', path: accountPaths.billingDetails(), resetData: false });
    expect(await screen.findByRole('textbox', { name: 'City' })).toHaveValue('Ixelles');
    expect(screen.queryByText(/What you typed here earlier/)).not.toBeInTheDocument();
  });

  it('asks before leaving with changes not saved, and keeps them when the user stays', async () => {
    const { user, router } = await renderApp({ as: 'admin', path: accountPaths.billingDetails() });
    const city = await screen.findByRole('textbox', { name: 'City' });
    await user.clear(city);
    await user.type(city, 'Ixelles');
    await user.click(screen.getByRole('link', { name: 'Payout account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe(accountPaths.billingDetails());
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveValue('Ixelles');

    await user.click(screen.getByRole('link', { name: 'Payout account' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(accountPaths.payoutAccount()));
    expect(await storedDetails()).toMatchObject({ city: 'Bruxelles' });
    // Left by choice, the typing is not brought back.
    await user.click(screen.getByRole('link', { name: 'Billing details' }));
    expect(await screen.findByRole('textbox', { name: 'City' })).toHaveValue('Bruxelles');
    expect(screen.queryByText(/What you typed here earlier/)).not.toBeInTheDocument();
  });

  it('shows finance the details to read, and no way to change them', async () => {
    await renderApp({ as: 'finance', path: accountPaths.billingDetails() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Billing details' })).toBeInTheDocument();
    const details = await screen.findByText('VAT number');
    expect(within(details.parentElement!).getByText('BE0123456749')).toBeInTheDocument();
    expect(screen.getByText('Rue du Marché 12, 1000 Bruxelles, Belgium')).toBeInTheDocument();
    expect(screen.getByText('Only an admin of your merchant account can change the billing details.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save billing details' })).not.toBeInTheDocument();
  });
});
