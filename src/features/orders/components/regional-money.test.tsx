import { screen, waitFor, within } from '@testing-library/react';
import { findOrder, renderApp } from '@/testing/render-app';
import { orderPaths } from '../paths';

describe('money in the merchant’s region', () => {
  it('shows a Swiss merchant Swiss francs in Swiss form, in German', async () => {
    await renderApp({ as: 'bergblickAdmin', language: 'de', path: '/orders?sort=total&order=desc' });
    const table = await screen.findByRole('table', { name: 'Bestellungen, die den Filtern entsprechen' });
    const [firstRow] = within(table).getAllByRole('row').slice(1);
    expect(within(firstRow!).getAllByText(/^CHF\s\d{1,3}([’']\d{3})+\.\d{2}$/).length).toBeGreaterThan(0);
  });

  it('keeps a Belgian merchant’s euros in the Belgian form of the language', async () => {
    await renderApp({ as: 'admin', language: 'nl', path: '/orders?sort=total&order=desc' });
    const table = await screen.findByRole('table');
    const [firstRow] = within(table).getAllByRole('row').slice(1);
    expect(within(firstRow!).getAllByText(/^€\s\d{1,3}(\.\d{3})+,\d{2}$/).length).toBeGreaterThan(0);
  });
});

describe('an amount typed next to the merchant’s money', () => {
  it('is written back as a Swiss merchant’s francs are written in French', async () => {
    const app = await renderApp({ as: 'bergblickAdmin', mode: 'test', path: '/orders' });
    const order = await findOrder('activated', 'test');
    app.unmount();
    const { user } = await renderApp({ as: 'bergblickAdmin', mode: 'test', language: 'fr', path: orderPaths.detail(order.orderNumber), resetData: false });
    await user.click(await screen.findByRole('button', { name: 'Annulation partielle' }));
    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByRole('textbox', { name: /Montant à créditer/ });
    await user.type(amount, '12,5');
    await user.tab();
    // The field, its hint and the summary all write the decimals with a point, as fr-CH writes francs.
    expect(amount).toHaveValue('12.50');
    expect(within(dialog).getByText(/^Au plus \d{1,3}([’'\s]\d{3})*\.\d{2}\sCHF$/)).toBeInTheDocument();
    expect(await within(dialog).findByText(/^Crédit de 12\.50\sCHF : le nouveau restant dû est de \d{1,3}([’'\s]\d{3})*\.\d{2}\sCHF\.$/)).toBeInTheDocument();

    // The messages' examples are written the same way.
    await user.clear(amount);
    await user.type(amount, 'douze');
    await user.tab();
    await waitFor(() => expect(amount).toHaveAccessibleDescription(/^Saisissez le montant en chiffres, par exemple 12\.50\. /));
    await user.clear(amount);
    await user.type(amount, '1,234');
    await waitFor(() => expect(amount).toHaveAccessibleDescription(/avec deux décimales \(1\.23\) ou sans séparateur de milliers \(1234\)\. /));
  });
});
