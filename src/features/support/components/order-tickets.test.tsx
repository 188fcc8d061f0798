import { screen, waitFor, within } from '@testing-library/react';
import { z } from 'zod';
import { ticketDetailSchema, ticketListSchema } from '@/contract/support';
import { addCalendarDays } from '@/lib/calendar-days';
import { apiRequest, freshBackendAs, renderApp } from '@/testing/render-app';
import { supportApiPaths } from '../api/api-paths';

/** The activated order a seeded extension request is about. */
async function orderOfSeededExtension() {
  await freshBackendAs('admin');
  const ticket = await apiRequest(supportApiPaths.ticket('CPT-3333-000102'), ticketDetailSchema, { mode: 'live' });
  const order = await apiRequest(supportApiPaths.order(ticket.orderNumber!), z.looseObject({ status: z.string(), dueDate: z.string() }), { mode: 'live' });
  return { orderNumber: ticket.orderNumber!, ...order };
}

/** An activated order not due yet that no request is about. */
async function activatedOrderNotDue() {
  await freshBackendAs('admin');
  const listed = await apiRequest('/orders', z.object({ items: z.array(z.object({ orderNumber: z.string() })) }), {
    mode: 'live',
    query: { status: 'activated', paymentState: 'not-due' },
  });
  const requests = await apiRequest(supportApiPaths.tickets(), ticketListSchema, { mode: 'live' });
  const asked = new Set(requests.items.map((ticket) => ticket.orderNumber));
  const orderNumber = listed.items.find((item) => !asked.has(item.orderNumber))!.orderNumber;
  const order = await apiRequest(supportApiPaths.order(orderNumber), z.looseObject({ status: z.string(), dueDate: z.string() }), { mode: 'live' });
  return { orderNumber, ...order };
}

/** A date as English (en-GB) writes it in a field, DD/MM/YYYY, and as its calendar names the day. */
const written = (date: string) => date.split('-').reverse().join('/');
const dayName = (date: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(date));

describe('the support tickets on an order’s page', () => {
  // The form bounds the date from the browser's today: the same day as the backend's.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('list the order’s tickets with their state; one the provider moved to the latest day it allows takes no further request', async () => {
    const order = await orderOfSeededExtension();
    expect(order.status).toBe('activated');
    await renderApp({ as: 'support', path: `/orders/${order.orderNumber}`, resetData: false });
    const section = await screen.findByRole('region', { name: 'Support tickets' });
    expect(await screen.findByRole('link', { name: 'Support ticket CPT-3333-000102' })).toHaveAttribute('href', '/support/tickets/CPT-3333-000102');
    const tickets = await within(section).findByRole('table', { name: 'Support tickets' });
    const row = within(tickets).getByRole('link', { name: 'CPT-3333-000102' }).closest('tr')!;
    expect(row).toHaveTextContent('Payment-term extension');
    expect(row).toHaveTextContent('Answered');
    expect(within(section).getByText("The provider has already moved this order's due date to the latest day it allows.")).toBeVisible();
    expect(within(section).queryByRole('link', { name: 'Ask for a later due date' })).not.toBeInTheDocument();
  });

  it('ask for a later due date through a prefilled, bounded form', async () => {
    const order = await activatedOrderNotDue();
    const { user, unmount } = await renderApp({ as: 'support', path: `/orders/${order.orderNumber}`, resetData: false });
    const section = await screen.findByRole('region', { name: 'Support tickets' });

    await user.click(within(section).getByRole('link', { name: 'Ask for a later due date' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Order reference' })).toHaveValue(`BP${order.orderNumber}/3333`));
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('Payment-term extension');
    const wished = screen.getByLabelText(/Wished new due date/);
    // The calendar offers the days after the current due date, up to 30 days after it.
    await user.click(wished);
    expect(await screen.findByRole('button', { name: dayName(order.dueDate) })).toBeDisabled();
    expect(screen.getByRole('button', { name: dayName(addCalendarDays(order.dueDate, 1)) })).toBeEnabled();

    await user.type(wished, written(addCalendarDays(order.dueDate, 31)));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'The customer asks for three more weeks.');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    expect(await screen.findByText("Choose a day at most 30 days after the order's current due date.")).toBeInTheDocument();
    // The refused field has the focus, and its calendar opens above it, clear of its message.
    await waitFor(() => expect(wished).toHaveFocus());
    await waitFor(() => expect(document.querySelector('.mantine-Popover-dropdown')).toHaveAttribute('data-position', expect.stringMatching(/^top/)));
    await user.clear(wished);
    await user.type(wished, written(addCalendarDays(order.dueDate, 21)));
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    const sent = await screen.findByRole('status', { name: /Sent: ticket CPT-3333-/ });
    const ticketNumber = /CPT-3333-\d+/.exec(sent.textContent ?? '')![0];

    const about = await apiRequest(supportApiPaths.tickets(), ticketListSchema, { mode: 'live', query: { orderNumber: order.orderNumber } });
    expect(about.items[0]).toMatchObject({ ticketNumber, topic: 'payment-term-extension', wishedDueDate: addCalendarDays(order.dueDate, 21), status: 'open' });

    // Back on the order's page, the ticket is listed and on the timeline, first, with its state.
    unmount();
    await renderApp({ as: 'support', path: `/orders/${order.orderNumber}`, resetData: false });
    const entry = await screen.findByRole('link', { name: `Support ticket ${ticketNumber}` });
    expect(entry.closest('.mantine-Timeline-item')).toHaveTextContent('Open');
    const listed = within(await screen.findByRole('table', { name: 'Support tickets' })).getAllByRole('row');
    expect(listed[1]).toHaveTextContent(ticketNumber);
    // While it waits for an answer, the page leads to it rather than to a second request.
    const again = screen.getByRole('region', { name: 'Support tickets' });
    expect(within(again).queryByRole('link', { name: 'Ask for a later due date' })).not.toBeInTheDocument();
    expect(within(again).getByText(/A request for a later due date is under way: ticket/)).toContainElement(within(again).getAllByRole('link', { name: ticketNumber })[0]!);
  });

  it('say when there is none, and offer no later due date before activation', async () => {
    await freshBackendAs('admin');
    const created = await apiRequest('/orders', z.object({ items: z.array(z.object({ orderNumber: z.string() })) }), { mode: 'live', query: { status: 'created' } });
    await renderApp({ as: 'admin', path: `/orders/${created.items[0]!.orderNumber}`, resetData: false });
    const section = await screen.findByRole('region', { name: 'Support tickets' });
    expect(await within(section).findByText('No ticket about this order yet.')).toBeInTheDocument();
    expect(within(section).queryByRole('link', { name: 'Ask for a later due date' })).not.toBeInTheDocument();
  });
});

describe('a missing payment', () => {
  it('asks for the payment’s day, amount and the shopper’s bank reference, and files the amount in cents', async () => {
    const order = await orderOfSeededExtension();
    const { user } = await renderApp({ as: 'finance', path: '/support', resetData: false, language: 'fr' });
    await user.click(await screen.findByRole('combobox', { name: 'Sujet' }));
    await user.click(await screen.findByRole('option', { name: 'Paiement introuvable' }));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Le client dit avoir payé.');
    await user.click(screen.getByRole('button', { name: 'Envoyer au support' }));
    expect(await screen.findByText('Un paiement introuvable doit indiquer la commande concernée.')).toBeInTheDocument();
    expect(screen.getByText('Indiquez le jour où le client a payé.')).toBeInTheDocument();
    expect(screen.getByText('Indiquez le montant payé par le client.')).toBeInTheDocument();
    expect(screen.getByText("Indiquez la référence figurant sur l'extrait bancaire du client.")).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Référence de commande' }), order.orderNumber);
    await user.type(screen.getByLabelText(/Date du paiement/), '20/11/2026');
    const paid = screen.getByRole('textbox', { name: /Montant payé/ });
    await user.type(paid, 'douze');
    expect(await screen.findByText('Saisissez le montant en chiffres, par exemple 12,50.')).toBeInTheDocument();
    // Past the largest amount a request may name: said so, with that amount.
    await user.clear(paid);
    await user.type(paid, '15000000');
    expect(await screen.findByText(/^Saisissez un montant d'au plus 10\s000\s000,00\s€\.$/)).toBeInTheDocument();
    await user.clear(paid);
    await user.type(paid, '1.234,5');
    await user.type(screen.getByRole('textbox', { name: /Référence bancaire du client/ }), '20261120-483920');
    await user.click(screen.getByRole('button', { name: 'Envoyer au support' }));
    const sent = await screen.findByRole('status', { name: /CPT-3333-/ });
    const ticketNumber = /CPT-3333-\d+/.exec(sent.textContent ?? '')![0];
    const ticket = await apiRequest(supportApiPaths.ticket(ticketNumber), ticketDetailSchema, { mode: 'live' });
    expect(ticket).toMatchObject({ topic: 'missing-payment', orderNumber: order.orderNumber, paymentDate: '2026-11-20', paidAmount: 123_450, shopperBankReference: '20261120-483920' });
    // The confirmation repeats every field sent, the payment's too.
    expect(screen.getByRole('row', { name: /Date du paiement/ })).toHaveTextContent('20 nov. 2026');
    expect(screen.getByRole('row', { name: /Montant payé/ })).toHaveTextContent(/1\s?234,50\s€/);
    expect(screen.getByRole('row', { name: /Référence bancaire du client/ })).toHaveTextContent('20261120-483920');
  });
});
