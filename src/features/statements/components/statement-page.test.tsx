import { screen, within } from '@testing-library/react';
import { movementTypes, statementDetailSchema } from '@/contract/statements';
import { apiRequest, freshBackendAs, renderApp } from '@/testing/render-app';
import { atPhoneWidth, atScreenWidth } from '@/testing/screen-width';

describe('a statement', () => {
  it('leads back to the statements through a breadcrumb that marks the week as the current page', async () => {
    await renderApp({ as: 'finance', path: '/statements/2026-W47' });
    await screen.findByRole('heading', { level: 1, name: 'Statement 2026-W47' });
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Weekly statements' })).toBeInTheDocument();
    expect(within(crumbs).getByText('2026-W47')).toHaveAttribute('aria-current', 'page');
  });

  it('says why a week has no statement and leads back to the list', async () => {
    const { user } = await renderApp({ as: 'finance', path: '/statements/2026-W54' });
    expect(await screen.findByRole('heading', { level: 1, name: 'There is no statement for 2026-W54' })).toBeInTheDocument();
    expect(screen.getByText(/^Each week that has ended has its statement, named by its ISO week \(2026-W46\); the running week has none yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the statements' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Weekly statements' })).toBeInTheDocument();
  });

  it('says of a week still to come that it has not begun yet', async () => {
    await renderApp({ as: 'finance', path: '/statements/2026-W50' });
    expect(await screen.findByRole('heading', { level: 1, name: 'There is no statement for 2026-W50 yet' })).toBeInTheDocument();
    expect(screen.getByText('This week has not begun yet: its statement is issued once the week has ended.')).toBeInTheDocument();
    expect(screen.queryByText(/none yet|still running/)).not.toBeInTheDocument();
  });

  it('reads a week named in lower case, and replaces the address by its own', async () => {
    const { router } = await renderApp({ as: 'finance', path: '/statements/2026-w47?type=fee' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Statement 2026-W47' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/statements/2026-W47');
    expect(router.state.location.search).toBe('?type=fee');
    expect(router.state.historyAction).toBe('REPLACE');
    expect(screen.queryByText(/There is no statement/)).not.toBeInTheDocument();
  });

  it('labels its sum with a row header, the amount being a cell of that row', async () => {
    await renderApp({ as: 'finance', path: '/statements/2026-W47' });
    const sumLabel = await screen.findByRole('rowheader', { name: /^Sum of the \d+ movements$/ });
    const row = sumLabel.closest('tr')!;
    expect(within(row).queryByRole('columnheader')).not.toBeInTheDocument();
    expect(within(row).getByRole('cell')).toHaveTextContent(/€/);
  });

  it("counts one movement as one: an order's activation, without its fee", async () => {
    await freshBackendAs('finance');
    const week = await apiRequest('/statements/2026-W47', statementDetailSchema, { mode: 'live' });
    const activation = week.movements.find((movement) => movement.type === 'activation')!;
    await renderApp({ as: 'finance', path: `/statements/2026-W47?order=${activation.orderNumber}&type=activation`, resetData: false });
    expect(await screen.findByRole('rowheader', { name: 'Sum of 1 movement' })).toBeInTheDocument();
  });

  it('gives a support agent, who may not read statements, a page with a heading that says why', async () => {
    await renderApp({ as: 'support', path: '/statements' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Statements' })).toBeInTheDocument();
    expect(screen.getByText('Not available for your role')).toBeInTheDocument();
  });

  it('tells a screen reader how many movements a type filter leaves', async () => {
    const { user } = await renderApp({ as: 'finance', path: '/statements/2026-W47' });
    await screen.findByRole('heading', { level: 1, name: 'Statement 2026-W47' });
    const table = screen.getByRole('table');
    const status = within(table.closest('.mantine-Paper-root')!).getByRole('status');
    expect(status).toBeEmptyDOMElement();

    await user.click(screen.getByLabelText('Movement types', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Activation' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1, -1);
    expect(rows.length).toBeGreaterThan(0);
    expect(status).toHaveTextContent(rows.length === 1 ? '1 movement of these types' : `${rows.length} movements of these types`);
  });

  it('says in sight, not only to a screen reader, that no movement has the types chosen', async () => {
    await freshBackendAs('finance');
    const week = await apiRequest('/statements/2026-W47', statementDetailSchema, { mode: 'live' });
    const absent = movementTypes.find((type) => !week.movements.some((movement) => movement.type === type));
    await renderApp({ as: 'finance', path: `/statements/2026-W47?type=${absent}`, resetData: false });
    await screen.findByRole('heading', { level: 1, name: 'Statement 2026-W47' });
    // Beside the screen reader's status, which is visually hidden.
    const said = screen.getAllByText('No movement of these types this week');
    expect(said.filter((text) => !text.closest('[role="status"]'))).toHaveLength(1);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText(/Sum of the 0 movements/)).not.toBeInTheDocument();
  });

  it('describes a return with its reason, in the language of the page, and names the payout account in good French', async () => {
    await renderApp({ as: 'finance', path: '/statements/2026-W46', language: 'fr' });
    const cell = await screen.findByRole('cell', { name: /^Articles de la commande \d+ retournés : Endommagé pendant le transport$/ });
    expect(within(cell.closest('tr')!).getByRole('cell', { name: 'Retour' })).toBeInTheDocument();
    expect(screen.getByText('Compte de versement : Atelier Lumière SRL, BE71 0961 2345 6769')).toBeInTheDocument();
  });

  it('says by its dates, in the language of the page, that its days are UTC days', async () => {
    await renderApp({ as: 'finance', path: '/statements/2026-W47', language: 'de' });
    const dates = await screen.findByText(/^16\.11\.2026 – 22\.11\.2026 · ausgezahlt am/);
    expect(within(dates.parentElement!).getByText(/^Tage und Wochen werden in UTC gezählt, nicht in Ortszeit: .* Sonntag davor und in die Abrechnung der Vorwoche\.$/)).toBeInTheDocument();
  });

  it('announces no payout, and no account to pay to, in test data', async () => {
    await renderApp({ as: 'finance', path: '/statements/2026-W47', mode: 'test' });
    await screen.findByRole('heading', { level: 1, name: 'Statement 2026-W47' });
    expect(screen.getByText(/· no money is paid out in test data$/)).toBeInTheDocument();
    expect(screen.queryByText(/paid out on/)).not.toBeInTheDocument();
    expect(screen.queryByText(/^To Atelier Lumière/)).not.toBeInTheDocument();
    expect(screen.getByText('Net, not paid out')).toBeInTheDocument();
    expect(screen.queryByText('Net payout')).not.toBeInTheDocument();
  });

  it('lists a busy week fifty movements at a time, the sum still adding up all of them, the page in the address', async () => {
    const { user, router } = await renderApp({ as: 'finance', path: '/statements/2026-W32', ordersPerWorld: 2_000 });
    const sumLabel = await screen.findByRole('rowheader', { name: /^Sum of the \d+ movements$/ });
    const total = Number(/\d+/.exec(sumLabel.textContent ?? '')![0]);
    expect(total).toBeGreaterThan(50);
    const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1, -1);
    expect(bodyRows()).toHaveLength(50);
    expect(screen.getByText(`1–50 of ${total}`)).toBeInTheDocument();
    const firstOfPageOne = bodyRows()[0]!.textContent;

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText(`51–${Math.min(100, total)} of ${total}`)).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(Math.min(50, total - 50));
    expect(bodyRows()[0]!.textContent).not.toBe(firstOfPageOne);
    expect(router.state.location.search).toBe('?page=2');
    expect(screen.getByRole('rowheader', { name: `Sum of the ${total} movements` })).toBeInTheDocument();
  });
});

describe('a statement on a phone', () => {
  atPhoneWidth();

  it('lists its movements as cards: day, type, amount, the order linked and what happened, then their sum', async () => {
    await renderApp({ as: 'finance', path: '/statements/2026-W46' });
    const list = await screen.findByRole('list', { name: 'Movements of the week' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const card = within(list)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByText('Return'))!;
    const orderNumber = within(card).getByRole('link').textContent!;
    expect(within(card).getByRole('link', { name: orderNumber })).toHaveAttribute('href', `/orders/${orderNumber}`);
    expect(within(card).getByText(`Items of order ${orderNumber} returned: Damaged in transit`)).toBeInTheDocument();
    expect(within(card).getByText(/^-€[\d,]+\.\d{2}$/)).toBeInTheDocument();
    expect(screen.getByText(/^Sum of the \d+ movements$/).nextElementSibling).toHaveTextContent(/€/);
  });
});

describe('a statement on a laptop, 1,024 px wide', () => {
  atScreenWidth(1024);

  it("lists its movements in four columns: a movement's type under its day, its payment reference under its order", async () => {
    await renderApp({ as: 'finance', path: '/statements/2026-W46' });
    const table = await screen.findByRole('table', { name: 'Movements of the week' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['DateType', 'OrderPayment reference', 'Description', 'Amount']);
    const row = within(table).getByText(/^Items of order \d+ returned: Damaged in transit$/).closest('tr')!;
    const orderNumber = within(row).getByRole('link').textContent!;
    const [day, order] = within(row).getAllByRole('cell');
    expect(day).toHaveTextContent(/^\d{1,2} Nov 2026Return$/);
    expect(order).toHaveTextContent(`${orderNumber}BP${orderNumber}/3333`);
    // The sum's label spans the three columns before the amount.
    expect(screen.getByRole('rowheader', { name: /^Sum of the \d+ movements$/ })).toHaveAttribute('colspan', '3');
  });
});
