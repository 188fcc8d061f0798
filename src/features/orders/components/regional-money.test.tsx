import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';

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
