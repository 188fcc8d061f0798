import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { ticketDetailSchema } from '@/contract/support';
import { refuseToStore } from '@/testing/full-storage';
import { apiRequest, renderApp } from '@/testing/render-app';
import { supportApiPaths } from '../api/api-paths';
import { supportPaths } from '../paths';

const answered = 'CPT-3333-000102';
const readTicket = (ticketNumber: string) => apiRequest(supportApiPaths.ticket(ticketNumber), ticketDetailSchema, { mode: 'live' });
const messages = () => within(screen.getByRole('list')).getAllByRole('article');

describe('a support conversation', () => {
  it('opens from its number typed in small letters, under its printed form', async () => {
    await renderApp({ as: 'support', path: supportPaths.ticket(answered.toLowerCase()) });
    expect(await screen.findByRole('heading', { level: 1, name: `Ticket ${answered}` })).toBeInTheDocument();
  });

  it('opens from the team’s tickets, shows the provider’s reply, and is read once opened', async () => {
    const { user } = await renderApp({ as: 'support', path: supportPaths.page() });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Support, 1 unread reply' })).toBeInTheDocument();
    const tickets = await screen.findByRole('table', { name: "Your team's tickets" });
    const row = within(tickets).getByRole('link', { name: answered }).closest('tr')!;
    expect(within(row).getByRole('img', { name: 'Unread reply' })).toBeInTheDocument();
    expect(within(row).getByText('Answered')).toBeInTheDocument();

    await user.click(within(row).getByRole('link', { name: answered }));
    expect(await screen.findByRole('heading', { level: 1, name: `Ticket ${answered}` })).toBeInTheDocument();
    // The tab names it as the page does.
    await waitFor(() => expect(document.title).toBe(`Ticket ${answered} · Support · Comptoir`));
    const [sent, reply] = messages();
    expect(within(sent!).getByText('Your team')).toBeInTheDocument();
    expect(within(reply!).getByText("Provider's support")).toBeInTheDocument();
    expect(within(reply!).getByText(/Our collections team agrees to a due date of/)).toBeInTheDocument();
    expect(screen.getByText('Support has answered. Write back if something is still unclear.')).toBeInTheDocument();

    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Support' })).toBeInTheDocument());
    expect((await readTicket(answered)).unread).toBe(false);
  });

  it('writes back: the message comes last, the ticket is open again and the draft goes', async () => {
    const { user } = await renderApp({ as: 'support', path: supportPaths.ticket(answered) });
    await user.type(await screen.findByRole('textbox', { name: 'Your reply' }), 'The customer confirms the new date. Thank you!');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    expect(await screen.findByText('Your reply was sent.')).toBeInTheDocument();
    expect(within(messages().at(-1)!).getByText('The customer confirms the new date. Thank you!')).toBeInTheDocument();
    expect(within(messages().at(-1)!).getByText('Sofie Maes')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 }).parentElement).toHaveTextContent('Open');
    expect(screen.getByRole('note')).toHaveTextContent('Support has your last message and answers here');
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toHaveValue('');
    const stored = await readTicket(answered);
    expect(stored).toMatchObject({ status: 'open', unread: false });
    expect(stored.messages.at(-1)).toMatchObject({ author: 'merchant', authorName: 'Sofie Maes', body: 'The customer confirms the new date. Thank you!' });
  });

  it('takes and sends a reply while the browser has no room left to keep its draft', async () => {
    refuseToStore('comptoir.support-reply.');
    const { user } = await renderApp({ as: 'support', path: supportPaths.ticket(answered) });
    await user.type(await screen.findByRole('textbox', { name: 'Your reply' }), 'Typed with a full storage.');
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toHaveValue('Typed with a full storage.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    expect(await screen.findByText('Your reply was sent.')).toBeInTheDocument();
    expect((await readTicket(answered)).messages.at(-1)).toMatchObject({ body: 'Typed with a full storage.' });
  });

  it('says support is on it, not that it has the last message, when the provider wrote last on an open ticket', async () => {
    await renderApp({ as: 'support', path: supportPaths.ticket('CPT-3333-000104') });
    expect(await screen.findByRole('note')).toHaveTextContent('Support is looking into it and answers here, usually on the next working day.');
    expect(messages().at(-1)).toHaveTextContent("Provider's support");
  });

  it('keeps the reply through a failed send and a reload, and the retry adds it once', async () => {
    let failures = 1;
    server.use(
      http.post('*/api/support/tickets/:ticketNumber/messages', () => {
        if (failures-- > 0) return HttpResponse.error();
        return undefined;
      }),
    );
    const first = await renderApp({ as: 'support', path: supportPaths.ticket(answered) });
    await first.user.type(await screen.findByRole('textbox', { name: 'Your reply' }), 'Here is the confirmation.');
    await first.user.click(screen.getByRole('button', { name: 'Send reply' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your reply was not sent');
    expect(alert).toHaveTextContent('The server could not be reached');
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toHaveValue('Here is the confirmation.');
    first.unmount();

    // A reload: the same data, the draft still on the device.
    const { user } = await renderApp({ as: 'support', path: supportPaths.ticket(answered), resetData: false });
    expect(await screen.findByRole('textbox', { name: 'Your reply' })).toHaveValue('Here is the confirmation.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    await screen.findByText('Your reply was sent.');
    const bodies = (await readTicket(answered)).messages.map((message) => message.body);
    expect(bodies.filter((body) => body === 'Here is the confirmation.')).toHaveLength(1);
  });

  it('gives the focus to the empty reply box once "Send again" has sent the reply', async () => {
    let failures = 1;
    server.use(
      http.post('*/api/support/tickets/:ticketNumber/messages', () => {
        if (failures-- > 0) return HttpResponse.error();
        return undefined;
      }),
    );
    const { user } = await renderApp({ as: 'support', path: supportPaths.ticket(answered) });
    await user.type(await screen.findByRole('textbox', { name: 'Your reply' }), 'The bank confirmed the transfer.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Send again' }));
    await screen.findByText('Your reply was sent.');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Your reply' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toHaveValue('');
  });

  it('shows the same thread to the merchant admin', async () => {
    const first = await renderApp({ as: 'support', path: supportPaths.ticket(answered) });
    await first.user.type(await screen.findByRole('textbox', { name: 'Your reply' }), 'Written by the support agent.');
    await first.user.click(screen.getByRole('button', { name: 'Send reply' }));
    await screen.findByText('Your reply was sent.');
    first.unmount();

    await renderApp({ as: 'admin', path: supportPaths.ticket(answered), resetData: false });
    await screen.findByRole('heading', { level: 1, name: `Ticket ${answered}` });
    expect(messages()).toHaveLength(3);
    expect(within(messages()[2]!).getByText('Written by the support agent.')).toBeInTheDocument();
    expect(within(messages()[2]!).getByText('Sofie Maes')).toBeInTheDocument();
  });

  it('takes no reply on a closed ticket, and offers a new ticket instead', async () => {
    await renderApp({ as: 'finance', path: supportPaths.ticket('CPT-3333-000101') });
    expect(await screen.findByText(/This ticket is closed and takes no more messages/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your reply' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Write a new ticket' })).toHaveAttribute('href', supportPaths.page());
    expect(messages().map((message) => within(message).getByText(/Your team|Provider's support/).textContent)).toEqual([
      'Your team',
      "Provider's support",
      'Your team',
      "Provider's support",
    ]);
  });

  it('shows no other conversation when the world is switched, but says the ticket is not in this one', async () => {
    const { user } = await renderApp({ as: 'admin', path: supportPaths.ticket(answered) });
    await screen.findByRole('heading', { level: 1, name: `Ticket ${answered}` });
    await user.click(within(screen.getByRole('banner')).getByRole('radio', { name: 'Test' }));
    expect(await screen.findByRole('heading', { level: 1, name: `No ticket ${answered}` })).toBeInTheDocument();
    expect(screen.getByText(/There is no such ticket in the data you are viewing/)).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();

    // Test's own ticket of the same rank has a number of its own.
    await user.click(screen.getByRole('link', { name: 'Back to Support' }));
    const tickets = await screen.findByRole('table', { name: "Your team's tickets" });
    expect(within(tickets).getByRole('link', { name: 'CPT-3333-T00102' })).toBeInTheDocument();
    expect(within(tickets).queryByRole('link', { name: answered })).not.toBeInTheDocument();
  });

  it('says plainly that a ticket is unknown in this world', async () => {
    await renderApp({ as: 'admin', path: supportPaths.ticket('CPT-3333-999999'), mode: 'test' });
    expect(await screen.findByRole('heading', { level: 1, name: 'No ticket CPT-3333-999999' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Support' })).toHaveAttribute('href', supportPaths.page());
  });
});
