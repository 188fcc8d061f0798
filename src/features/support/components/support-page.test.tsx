import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { server } from '@mocks/node';
import { ticketDetailSchema, ticketListSchema } from '@/contract/support';
import { apiRequest } from '@/lib/api-client';
import { fillPastLimit } from '@/testing/fill-past-limit';
import { findOrder, renderApp } from '@/testing/render-app';
import { supportApiPaths } from '../api/api-paths';
import { supportPaths } from '../paths';

async function chooseTopic(user: Awaited<ReturnType<typeof renderApp>>['user'], topic: string) {
  await user.click(screen.getByRole('combobox', { name: 'Topic' }));
  await user.click(await screen.findByRole('option', { name: topic }));
}

describe('the support form', () => {
  it('fills in the merchant id and e-mail from the session and checks the required fields', async () => {
    const { user } = await renderApp({ as: 'admin', path: supportPaths.page() });
    expect(await screen.findByRole('textbox', { name: 'Merchant id' })).toHaveValue('3333');
    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveValue('admin@atelier-lumiere.example');
    await user.clear(screen.getByRole('textbox', { name: 'First name' }));
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    expect(await screen.findByText('Enter your first name.')).toBeInTheDocument();
    expect(screen.getByText('Choose a topic.')).toBeInTheDocument();
    expect(screen.getByText('Write your message.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'First name' })).toHaveFocus();

    // Once the names are in, the first field still wrong is the topic: the focus goes there.
    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Nathalie');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveFocus());
  });

  it('has its topic field say to screen readers that its list is open, and name the list shown, each time it opens', async () => {
    const { user } = await renderApp({ as: 'support', path: supportPaths.page() });
    const topic = await screen.findByRole('combobox', { name: 'Topic' });
    for (let opening = 0; opening < 2; opening += 1) {
      topic.focus();
      await user.keyboard('{ArrowDown}');
      const list = await screen.findByRole('listbox');
      await waitFor(() => expect(topic).toHaveAttribute('aria-expanded', 'true'));
      expect(topic).toHaveAttribute('aria-controls', list.id);
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    }
  });

  it('names the limit of a field typed too long, in the chosen language', async () => {
    const { user } = await renderApp({ as: 'admin', path: supportPaths.page(), language: 'fr' });
    const firstName = await screen.findByRole('textbox', { name: 'Prénom' });
    const typed = await fillPastLimit(user, firstName, 101);
    await user.click(screen.getByRole('button', { name: 'Envoyer au support' }));
    expect(await screen.findByText('100 caractères au maximum.')).toBeInTheDocument();
    expect(firstName).toHaveValue(typed);
  });

  it("writes the message's limit in the merchant's region: a Swiss 5’000 in German", async () => {
    const { user } = await renderApp({ as: 'bergblickAdmin', path: supportPaths.page(), language: 'de' });
    const message = await screen.findByRole('textbox', { name: 'Nachricht' });
    await fillPastLimit(user, message, 5_001);
    await user.click(screen.getByRole('button', { name: 'An den Support senden' }));
    expect(await screen.findByText(/^Die Nachricht hat höchstens 5[’']000 Zeichen\.$/)).toBeInTheDocument();
  });

  it('asks for the order and the wished due date of a payment-term extension', async () => {
    const { user } = await renderApp({ as: 'finance', path: supportPaths.page() });
    await screen.findByRole('textbox', { name: 'Merchant id' });
    await chooseTopic(user, 'Payment-term extension');
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Could the customer get two more weeks?');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    expect(await screen.findByText('A payment-term extension needs the order it is about.')).toBeInTheDocument();
    expect(screen.getByText('Choose the new due date you wish for.')).toBeInTheDocument();
  });

  it('bounds the wished due date by the order a typed reference names, and still after a reload', async () => {
    const first = await renderApp({ as: 'finance', path: '/orders' });
    const order = await findOrder('activated', 'live', 0, { paymentState: 'not-due' });
    first.unmount();
    const typed = await renderApp({ as: 'finance', path: supportPaths.page(), resetData: false });
    await screen.findByRole('textbox', { name: 'Merchant id' });
    await chooseTopic(typed.user, 'Payment-term extension');
    await typed.user.type(screen.getByRole('textbox', { name: 'Order reference' }), order.orderNumber);
    expect(await screen.findByText(/^Between .+ and .+: at most 30 days after the current due date$/)).toBeInTheDocument();

    // The draft comes back without the order in the address: its reference names the order again.
    typed.unmount();
    await renderApp({ as: 'finance', path: supportPaths.page(), resetData: false });
    expect(await screen.findByRole('textbox', { name: 'Order reference' })).toHaveValue(order.orderNumber);
    expect(await screen.findByText(/^Between .+ and .+: at most 30 days after the current due date$/)).toBeInTheDocument();
  });

  it('says an order due 30 days ago or more can no longer get a later due date, on its page and in the form, and sends no extension for it', async () => {
    const first = await renderApp({ as: 'admin', path: '/orders' });
    const order = await findOrder('activated', 'live', 0, { paymentState: 'collection' });
    first.unmount();
    const tooLate = 'This order has been due for 30 days or more: its due date can no longer be moved.';
    const page = await renderApp({ as: 'admin', path: `/orders/${order.orderNumber}`, resetData: false });
    expect(await screen.findByText(tooLate)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ask for a later due date' })).not.toBeInTheDocument();
    page.unmount();

    const { user } = await renderApp({ as: 'admin', path: supportPaths.page({ order: order.orderNumber, topic: 'payment-term-extension' }), resetData: false });
    expect(await screen.findByText(tooLate)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Could the customer get more time?');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    // Said once, next to the reference; no day is asked for an order that takes none.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Order reference' })).toHaveAccessibleDescription(new RegExp(tooLate)));
    expect(screen.getAllByText(tooLate)).toHaveLength(1);
    expect(screen.queryByText('Choose the new due date you wish for.')).not.toBeInTheDocument();
    const about = await apiRequest(supportApiPaths.tickets(), ticketListSchema, { mode: 'live', query: { orderNumber: order.orderNumber } });
    expect(about.items).toEqual([]);
  });

  it('says an order not activated has no due date to move, and sends no extension for it', async () => {
    const first = await renderApp({ as: 'admin', path: '/orders' });
    const order = await findOrder('created');
    first.unmount();
    const { user } = await renderApp({ as: 'admin', path: supportPaths.page(), resetData: false });
    await screen.findByRole('textbox', { name: 'Merchant id' });
    await chooseTopic(user, 'Payment-term extension');
    await user.type(screen.getByRole('textbox', { name: 'Order reference' }), `BP${order.orderNumber}/3333`);
    expect(await screen.findByText('This order has no due date to move: only an activated order still to be paid can get a later one.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Could the customer get more time?');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    expect(await screen.findByText('This order cannot get a later due date: only an activated order still to be paid has one to move.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Order reference' })).toHaveValue(`BP${order.orderNumber}/3333`);
    const about = await apiRequest(supportApiPaths.tickets(), ticketListSchema, { mode: 'live', query: { orderNumber: order.orderNumber } });
    expect(about.items).toEqual([]);
  });

  it('says next to the field when the order reference names no order of this merchant, in the chosen language', async () => {
    const { user } = await renderApp({ as: 'admin', path: supportPaths.page(), language: 'fr' });
    await screen.findByRole('textbox', { name: 'Identifiant marchand' });
    await user.click(screen.getByRole('combobox', { name: 'Sujet' }));
    await user.click(await screen.findByRole('option', { name: 'Technique' }));
    await user.type(screen.getByRole('textbox', { name: 'Référence de commande' }), 'BP9999999/3333');
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Commande introuvable ?');
    await user.click(screen.getByRole('button', { name: 'Envoyer au support' }));
    expect(await screen.findByText("Aucune de vos commandes n'a cette référence dans cet environnement.")).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Référence de commande' })).toHaveValue('BP9999999/3333');
    // The API's refusal takes the focus to the field it names, as the form's own checks do.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Référence de commande' })).toHaveFocus());
  });

  it('files the ticket in the language of the screen, which a reply written in another keeps', async () => {
    const dutch = await renderApp({ as: 'admin', path: supportPaths.page(), language: 'nl' });
    await screen.findByRole('textbox', { name: 'Handelaars-id' });
    await dutch.user.click(screen.getByRole('combobox', { name: 'Onderwerp' }));
    await dutch.user.click(await screen.findByRole('option', { name: 'Technisch' }));
    await dutch.user.type(screen.getByRole('textbox', { name: 'Bericht' }), 'De export stopt na 10.000 rijen.');
    await dutch.user.click(screen.getByRole('button', { name: 'Naar support verzenden' }));
    const sent = await screen.findByRole('status', { name: /Verzonden: ticket CPT-3333-/ });
    const ticketNumber = /CPT-3333-\d+/.exec(sent.textContent ?? '')![0];
    const readTicket = () => apiRequest(supportApiPaths.ticket(ticketNumber), ticketDetailSchema, { mode: 'live' });
    expect((await readTicket()).language).toBe('nl');
    dutch.unmount();

    const { user } = await renderApp({ as: 'support', path: supportPaths.ticket(ticketNumber), language: 'de', resetData: false });
    await user.type(await screen.findByRole('textbox', { name: 'Ihre Antwort' }), 'Auch der CSV-Export ist betroffen.');
    await user.click(screen.getByRole('button', { name: 'Antwort senden' }));
    await screen.findByText('Ihre Antwort wurde gesendet.');
    expect(await readTicket()).toMatchObject({ language: 'nl', messages: [{ author: 'merchant' }, { author: 'merchant', body: 'Auch der CSV-Export ist betroffen.' }] });
  });

  it('takes a payment reference as a bank statement prints it, with spaces', async () => {
    const first = await renderApp({ as: 'admin', path: '/orders' });
    const order = await findOrder('activated');
    first.unmount();
    const { user } = await renderApp({ as: 'admin', path: supportPaths.page(), resetData: false });
    await screen.findByRole('textbox', { name: 'Merchant id' });
    await chooseTopic(user, 'Technical');
    await user.type(screen.getByRole('textbox', { name: 'Order reference' }), ` BP ${order.orderNumber} / 3333 `);
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Where is this payment?');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    await screen.findByRole('status', { name: /Sent: ticket CPT-3333-/ });
    // What was sent, summed up under the confirmation: the reference without its spaces.
    expect(screen.getAllByText(`BP${order.orderNumber}/3333`)).not.toHaveLength(0);
  });

  /** The form opened from the first activated order in `paymentState`, once it has read the order. */
  async function openFromActivatedOrder(paymentState: string) {
    const first = await renderApp({ as: 'support', path: '/orders' });
    const order = await findOrder('activated', 'live', 0, { paymentState });
    first.unmount();
    await renderApp({ as: 'support', path: supportPaths.page({ order: order.orderNumber }), resetData: false });
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Order reference' })).toHaveValue(`BP${order.orderNumber}/3333`),
    );
  }

  /** A draft on the Technical topic, left unsent; and an activated order to write about next. */
  async function draftTechnicalQuestion() {
    const first = await renderApp({ as: 'support', path: supportPaths.page() });
    await screen.findByRole('textbox', { name: 'Merchant id' });
    await chooseTopic(first.user, 'Technical');
    await first.user.type(screen.getByRole('textbox', { name: 'Message' }), 'The plugin times out.');
    const order = await findOrder('activated', 'live', 0, { paymentState: 'not-due' });
    first.unmount();
    return order;
  }

  it('is filled in from the order it was started from, with no extension asked for unless the link asks', async () => {
    await openFromActivatedOrder('not-due');
    expect(screen.getByRole('textbox', { name: 'Customer id' })).not.toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('Other');
    expect(screen.queryByLabelText(/Wished new due date/)).not.toBeInTheDocument();
  });

  it("keeps the topic of an earlier draft with its message when the order's link asks for none", async () => {
    const order = await draftTechnicalQuestion();

    await renderApp({ as: 'support', path: supportPaths.page({ order: order.orderNumber }), resetData: false });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Order reference' })).toHaveValue(`BP${order.orderNumber}/3333`));
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('Technical');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('The plugin times out.');
  });

  it("takes the order's references and the topic asked for over an earlier draft, keeping its message with a word of warning", async () => {
    const order = await draftTechnicalQuestion();

    await renderApp({ as: 'support', path: supportPaths.page({ order: order.orderNumber, topic: 'payment-term-extension' }), resetData: false });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Order reference' })).toHaveValue(`BP${order.orderNumber}/3333`));
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('Payment-term extension');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('The plugin times out.');
    expect(screen.getByText('Your earlier message is kept')).toBeInTheDocument();
  });

  it('takes the topic of the link that opened it over a draft about the same order', async () => {
    const first = await renderApp({ as: 'support', path: '/orders' });
    const order = await findOrder('activated', 'live', 0, { paymentState: 'not-due' });
    first.unmount();
    const { user, router } = await renderApp({ as: 'support', path: supportPaths.page({ order: order.orderNumber }), resetData: false });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Order reference' })).toHaveValue(`BP${order.orderNumber}/3333`));
    await chooseTopic(user, 'Technical');

    await router.navigate(`/orders/${order.orderNumber}`);
    await screen.findByRole('heading', { level: 1, name: new RegExp(order.orderNumber) });
    await router.navigate(supportPaths.page({ order: order.orderNumber, topic: 'payment-term-extension' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('Payment-term extension'));
  });

  it('fills the customer id from the order a typed reference names, unless the user typed another', async () => {
    const first = await renderApp({ as: 'support', path: '/orders' });
    const [a, b] = [await findOrder('activated', 'live', 0), await findOrder('activated', 'live', 1)];
    const customerOf = async (orderNumber: string) =>
      (await apiRequest(`/orders/${orderNumber}`, z.looseObject({ customer: z.object({ customerId: z.string() }) }), { mode: 'live' })).customer.customerId;
    const [customerA, customerB] = [await customerOf(a.orderNumber), await customerOf(b.orderNumber)];
    first.unmount();
    const { user } = await renderApp({ as: 'support', path: supportPaths.page({ order: a.orderNumber }), resetData: false });
    const reference = await screen.findByRole('textbox', { name: 'Order reference' });
    const customer = screen.getByRole('textbox', { name: 'Customer id' });
    await waitFor(() => expect(customer).toHaveValue(customerA));

    await user.clear(reference);
    await user.type(reference, b.orderNumber);
    await waitFor(() => expect(customer).toHaveValue(customerB));

    await user.clear(customer);
    await user.type(customer, 'C999999');
    await user.clear(reference);
    await user.type(reference, a.orderNumber);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Order reference' })).toHaveValue(a.orderNumber));
    // Typed by the user: it stays, whatever order the reference names.
    expect(customer).toHaveValue('C999999');
  });

  it('forgets the day wished for another order when opened from a second one', async () => {
    const first = await renderApp({ as: 'support', path: '/orders' });
    // Two orders whose due date may still be moved: none the provider moved already.
    const listed = await apiRequest('/orders', z.object({ items: z.array(z.object({ orderNumber: z.string(), agreedDueDate: z.string().nullable() })) }), {
      mode: 'live',
      query: { status: 'activated', paymentState: 'not-due', sort: 'orderNumber', order: 'asc' },
    });
    const [a, b] = listed.items.filter((order) => order.agreedDueDate === null);
    first.unmount();
    const extension = 'payment-term-extension';
    const { user, router } = await renderApp({ as: 'support', path: supportPaths.page({ order: a!.orderNumber, topic: extension }), resetData: false });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('Payment-term extension'));
    const wished = await screen.findByLabelText(/Wished new due date/);
    await user.type(wished, '24/12/2026');
    await user.tab();
    expect(wished).toHaveValue('24/12/2026');

    await router.navigate(supportPaths.page({ order: b!.orderNumber, topic: extension }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Order reference' })).toHaveValue(`BP${b!.orderNumber}/3333`));
    expect(await screen.findByLabelText(/Wished new due date/)).toHaveValue('');
  });

  it("is a question about a statement when started from that statement's page, the message naming its week once", async () => {
    const { user } = await renderApp({ as: 'finance', path: '/statements/2026-W47' });
    await user.click(await screen.findByRole('link', { name: 'Contact support about this statement' }));
    await screen.findByRole('heading', { level: 2, name: 'New ticket' });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('Statement question'));
    const message = screen.getByRole('textbox', { name: 'Message' });
    expect(message).toHaveValue('About the statement 2026-W47: ');
    await user.type(message, 'the fee of order 1001936 looks high.');
    expect(message).toHaveValue('About the statement 2026-W47: the fee of order 1001936 looks high.');
  });

  it('keeps everything after a failed send, and a retry files one ticket', async () => {
    const unavailable = { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Try again in a moment.' };
    let failures = 2;
    server.use(
      http.post('*/api/support/tickets', () => {
        if (failures-- > 0) return HttpResponse.json(unavailable, { status: 503, headers: { 'Content-Type': 'application/problem+json' } });
        return undefined;
      }),
    );
    const { user } = await renderApp({ as: 'admin', path: supportPaths.page() });
    await screen.findByRole('textbox', { name: 'Merchant id' });
    // The header row and the tickets already sent.
    const before = within(await screen.findByRole('table', { name: "Your team's tickets" })).getAllByRole('row').length;
    await chooseTopic(user, 'Technical');
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'The export button does nothing.');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your message was not sent');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('The export button does nothing.');

    // A retry that fails again leaves the focus in the message, not on <body> with the alert gone.
    await user.click(within(alert).getByRole('button', { name: 'Send again' }));
    const again = await screen.findByRole('alert');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveFocus();

    await user.click(within(again).getByRole('button', { name: 'Send again' }));
    const sent = await screen.findByRole('status', { name: /Sent: ticket CPT-3333-/ });
    const ticketNumber = /CPT-3333-\d+/.exec(sent.textContent ?? '')![0];
    const tickets = screen.getByRole('table', { name: "Your team's tickets" });
    await waitFor(() => expect(within(tickets).getAllByRole('row')).toHaveLength(before + 1));
    expect(within(tickets).getAllByText(ticketNumber)).toHaveLength(1);
  });
});
