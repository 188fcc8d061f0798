import { act, screen, waitFor, within } from '@testing-library/react';
import { z } from 'zod';
import { billingDetailsSchema, payoutAccountsSchema } from '@/contract/account';
import { ticketBodyExample, ticketSchema } from '@/contract/support';
import { apiRequest, findOrder, freshBackendAs, renderApp } from '@/testing/render-app';
import { queriesSeen } from '@/testing/requests-seen';

describe('the activity log', () => {
  it('shows an order the admin activated, with who, what and its world, and filters by kind', async () => {
    const app = await renderApp({ as: 'admin', path: '/orders' });
    const order = await findOrder('created');
    app.unmount();
    const { user: orderUser, unmount } = await renderApp({ as: 'admin', path: `/orders/${order.orderNumber}`, resetData: false });
    await orderUser.click(await screen.findByRole('button', { name: 'Activate' }));
    await orderUser.click(within(await screen.findByRole('dialog', { name: `Activate order ${order.orderNumber}` })).getByRole('button', { name: 'Activate order' }));
    expect(await screen.findByText(`Order ${order.orderNumber} is activated; the invoice is issued.`)).toBeInTheDocument();
    unmount();

    const { user } = await renderApp({ as: 'admin', path: '/settings/billing-details', resetData: false });
    await user.click(await screen.findByRole('link', { name: 'Activity' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Activity, newest first' });
    const link = within(table).getByRole('link', { name: `Order ${order.orderNumber}` });
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('Nathalie Dubois');
    expect(row).toHaveTextContent('Order activated');
    expect(row).toHaveTextContent('Live');
    expect(within(table).getAllByText('Signed in').length).toBeGreaterThan(0);

    await user.click(screen.getByRole('combobox', { name: 'Kind of change' }));
    await user.click(await screen.findByRole('option', { name: 'Order activated' }));
    expect(await screen.findByText('1–1 of 1')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Activity, newest first' })).queryByText('Signed in')).not.toBeInTheDocument();
  });

  it("shows the header's world and the changes of neither, never the other world's, and keeps the choice in the address", async () => {
    await freshBackendAs('admin');
    const [live, test] = [await findOrder('created'), await findOrder('created', 'test')];
    await apiRequest(`/orders/${live.orderNumber}/activate`, z.unknown(), { method: 'POST', mode: 'live', body: { version: live.version } });
    await apiRequest(`/orders/${test.orderNumber}/activate`, z.unknown(), { method: 'POST', mode: 'test', body: { version: test.version } });
    const { user, router } = await renderApp({ as: 'admin', path: '/settings/activity', resetData: false });
    const table = () => screen.getByRole('table', { name: 'Activity, newest first' });
    await screen.findByRole('table', { name: 'Activity, newest first' });
    expect(within(table()).getByRole('link', { name: `Order ${live.orderNumber}` })).toBeInTheDocument();
    expect(within(table()).queryByRole('link', { name: `Order ${test.orderNumber}` })).not.toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Data' }));
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual(['Live data', 'Team, account and sign-ins']);
    await user.click(screen.getByRole('option', { name: 'Team, account and sign-ins' }));
    await waitFor(() => expect(within(table()).queryByRole('link', { name: `Order ${live.orderNumber}` })).not.toBeInTheDocument());
    expect(within(table()).getAllByText('Signed in').length).toBeGreaterThan(0);
    expect(router.state.location.search).toBe('?mode=none');
    await user.keyboard('{Escape}');

    // In test data, its changes: none of live data's, even with live data asked for in the address.
    await user.click(within(screen.getByRole('banner')).getByRole('radio', { name: 'Test' }));
    await act(() => router.navigate('/settings/activity?mode=live'));
    await waitFor(() => expect(within(table()).getByRole('link', { name: `Order ${test.orderNumber}` })).toBeInTheDocument());
    expect(within(table()).queryByRole('link', { name: `Order ${live.orderNumber}` })).not.toBeInTheDocument();
    expect(within(table()).getAllByText('Signed in').length).toBeGreaterThan(0);
  });

  it('names the fields a change of the billing details changed, with their values before and after, in the chosen language', async () => {
    await freshBackendAs('admin');
    const stored = await apiRequest('/account/billing-details', billingDetailsSchema);
    await apiRequest('/account/billing-details', billingDetailsSchema, { method: 'PUT', body: { ...stored, vatNumber: 'BE0000000097', invoiceEmail: 'books@atelier-lumiere.example' } });
    const view = await renderApp({ as: 'admin', path: '/settings/activity', resetData: false });
    const row = (await screen.findByText('Billing details changed')).closest('tr')!;
    expect(row).toHaveTextContent('VAT number: BE0123456749 → BE0000000097');
    expect(row).toHaveTextContent(`Invoice e-mail: ${stored.invoiceEmail} → books@atelier-lumiere.example`);
    view.unmount();

    await renderApp({ as: 'admin', path: '/settings/activity', resetData: false, language: 'de' });
    const german = (await screen.findByText('Rechnungsdaten geändert')).closest('tr')!;
    expect(german).toHaveTextContent('USt-IdNr.: BE0123456749 → BE0000000097');
    expect(german).toHaveTextContent('Rechnungs-E-Mail: comptabilite@atelier-lumiere.example → books@atelier-lumiere.example');
  });

  it('writes the IBAN of a new payout account in groups of four, as the payout page does', async () => {
    await freshBackendAs('admin');
    await apiRequest('/account/payout-account', payoutAccountsSchema, {
      method: 'PUT',
      body: { accountHolder: 'Atelier Lumière SRL', iban: 'BE68539007547034', currentPassword: 'demo-password' },
    });
    await renderApp({ as: 'admin', path: '/settings/activity', resetData: false });
    const row = (await screen.findByText('Payout account changed')).closest('tr')!;
    expect(row).toHaveTextContent('BE68 5390 0754 7034');
  });

  it("gives an order's picked reason in the reader's language, its note and a typed reason as written", async () => {
    await freshBackendAs('admin');
    const picked = await findOrder('created');
    const typed = await findOrder('created', 'live', 1);
    const cancel = (order: typeof picked, body: Record<string, string>) =>
      apiRequest(`/orders/${order.orderNumber}/cancel`, z.unknown(), { method: 'POST', mode: 'live', body: { version: order.version, ...body } });
    await cancel(picked, { reasonCode: 'out-of-stock', reason: 'de retour en mai' });
    await cancel(typed, { reason: 'Customer phoned' });
    await renderApp({ as: 'admin', path: '/settings/activity', resetData: false, language: 'fr' });
    const table = await screen.findByRole('table', { name: /Activité/ });
    const rowOf = (orderNumber: string) => within(table).getByRole('link', { name: new RegExp(orderNumber) }).closest('tr')!;
    expect(rowOf(picked.orderNumber)).toHaveTextContent('Rupture de stock : de retour en mai');
    expect(rowOf(typed.orderNumber)).toHaveTextContent('Customer phoned');
  });

  it('says which role a member had and which one they were given, in the reader\'s language', async () => {
    await freshBackendAs('admin');
    await apiRequest('/team/members/user-3333-3/role', z.unknown(), { method: 'POST', body: { role: 'finance' } });
    await renderApp({ as: 'admin', path: '/settings/activity', resetData: false, language: 'nl' });
    const table = await screen.findByRole('table', { name: /Activiteit/ });
    const row = within(table).getByText('support@atelier-lumiere.example').closest('tr')!;
    expect(row).toHaveTextContent('Van Supportmedewerker naar Financiën');
  });

  it('shows a ticket filed, whose link opens the ticket', async () => {
    await freshBackendAs('admin');
    const ticket = await apiRequest('/support/tickets', ticketSchema, {
      method: 'POST',
      mode: 'live',
      body: ticketBodyExample,
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    const { user } = await renderApp({ as: 'admin', path: '/settings/activity', resetData: false });
    const table = await screen.findByRole('table', { name: 'Activity, newest first' });
    const link = within(table).getByRole('link', { name: `Ticket ${ticket.ticketNumber}` });
    expect(link.closest('tr')).toHaveTextContent('Ticket filed');
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(ticket.ticketNumber) })).toBeInTheDocument();
  });

  it('takes its days as the chosen language writes them, and keeps them in the address', async () => {
    const { user, router } = await renderApp({ as: 'admin', path: '/settings/activity', language: 'de' });
    await screen.findByRole('table', { name: /Aktivität/ });
    const from = screen.getByRole('textbox', { name: 'Von' });
    expect(from).toHaveAttribute('placeholder', 'TT.MM.JJJJ');
    await user.type(from, '01.12.2026');
    await user.tab();
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('from')).toBe('2026-12-01'));
  });

  it('takes a last day before the first and says so under it, without asking the API', async () => {
    const { user, router } = await renderApp({ as: 'admin', path: '/settings/activity', language: 'de' });
    await screen.findByRole('table', { name: /Aktivität/ });
    const asked = queriesSeen('/api/account/activity');
    await user.type(screen.getByRole('textbox', { name: 'Von' }), '05.12.2026');
    await user.tab();
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('from')).toBe('2026-12-05'));
    const to = screen.getByRole('textbox', { name: 'Bis' });
    await user.type(to, '01.12.2026');
    await user.tab();

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('to')).toBe('2026-12-01'));
    expect(to).toHaveValue('01.12.2026');
    expect(to).toHaveAccessibleDescription('Wählen Sie einen Tag am oder nach dem Tag „Von“.');
    expect(screen.getByRole('button', { name: 'Als CSV exportieren' })).toBeDisabled();
    expect(screen.queryByRole('table', { name: /Aktivität/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/Keine Aktivität/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Korrigieren Sie den oben markierten Tag, um die Aktivität zu sehen.' })).toBeInTheDocument();
    expect(asked.map((query) => query.get('to'))).not.toContain('2026-12-01');

    // The way out empties both days, and the log is back.
    await user.click(screen.getByRole('button', { name: 'Tage zurücksetzen' }));
    expect(await screen.findByRole('table', { name: /Aktivität/ })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).has('from')).toBe(false);
    expect(screen.getByRole('textbox', { name: 'Bis' })).toHaveValue('');
  });

  it("exports a spreadsheet of the merchant's region, or the standard CSV, of the header's world", async () => {
    const asked = queriesSeen('/api/account/activity/csv');
    URL.createObjectURL = () => 'blob:activity';
    URL.revokeObjectURL = () => undefined;
    const { user } = await renderApp({ as: 'admin', path: '/settings/activity' });
    await screen.findByRole('table', { name: 'Activity, newest first' });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(asked).toHaveLength(1));
    // A Belgian merchant's spreadsheet in English: a Belgian spreadsheet reads 12,50 whatever its language.
    expect(Object.fromEntries(asked[0]!)).toEqual({ format: 'excel', locale: 'en-BE', mode: 'live,none' });

    await user.click(screen.getByRole('radio', { name: 'Standard (RFC 4180)' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(asked).toHaveLength(2));
    expect(Object.fromEntries(asked[1]!)).toEqual({ format: 'rfc4180', mode: 'live,none' });
    await user.click(screen.getByRole('radio', { name: 'Spreadsheet' }));
  });

  it('is not in the navigation of finance, and its address says under its heading that it is for admins', async () => {
    await renderApp({ as: 'finance', path: '/settings/activity' });
    expect(await screen.findByText('The activity log is for admins. Ask an admin of your merchant account who changed what.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Activity' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Activity' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).not.toBeInTheDocument();
  });

  it('gives support a page headed Activity that says the log is for admins', async () => {
    await renderApp({ as: 'support', path: '/settings/activity' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity' })).toBeInTheDocument();
    expect(screen.getByText(/^The activity log is for admins\./)).toBeInTheDocument();
  });
});
