import { act, screen, waitFor, within } from '@testing-library/react';
import { ticketListSchema } from '@/contract/support';
import { apiRequest, renderApp } from '@/testing/render-app';
import { atPhoneWidth } from '@/testing/screen-width';
import { supportApiPaths } from '../api/api-paths';
import { supportPaths } from '../paths';

const answered = 'CPT-3333-000102';

describe('the tickets, wide', () => {
  it("are the whole team's, named so by their visible heading and not by a hidden caption repeating it", async () => {
    await renderApp({ as: 'support', path: supportPaths.page() });
    const heading = await screen.findByRole('heading', { level: 2, name: "Your team's tickets" });
    const table = await screen.findByRole('table', { name: "Your team's tickets" });
    expect(table).toHaveAttribute('aria-labelledby', heading.id);
    expect(table.querySelector('caption')).toBeNull();
    // Written by more than the signed-in support agent.
    const authors = await apiRequest(supportApiPaths.tickets(), ticketListSchema, { mode: 'live' });
    expect(new Set(authors.items.map((ticket) => ticket.email)).size).toBeGreaterThan(1);
  });

  it("are headed as the team's in another language too", async () => {
    await renderApp({ as: 'support', path: supportPaths.page(), language: 'nl' });
    expect(await screen.findByRole('table', { name: 'Tickets van uw team' })).toBeInTheDocument();
  });

  it('never break a ticket number at its hyphens', async () => {
    await renderApp({ as: 'support', path: supportPaths.page() });
    const table = await screen.findByRole('table', { name: "Your team's tickets" });
    for (const link of within(table).getAllByRole('link', { name: /^CPT-/ })) expect(link).toHaveStyle({ whiteSpace: 'nowrap' });
  });
});

describe('the tickets on a phone', () => {
  atPhoneWidth();

  it('are one card per ticket, with its number, state, topic, order, unread mark and last message, and no table', async () => {
    await renderApp({ as: 'support', path: supportPaths.page() });
    const cards = within(await screen.findByRole('list', { name: "Your team's tickets" })).getAllByRole('listitem');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(cards).toHaveLength(4);
    const card = cards.find((item) => within(item).queryByRole('link', { name: answered }))!;
    const number = within(card).getByRole('link', { name: answered });
    expect(number).toHaveAttribute('href', supportPaths.ticket(answered));
    expect(number).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(within(card).getByRole('img', { name: 'Unread reply' })).toBeInTheDocument();
    expect(within(card).getByText('Answered')).toBeInTheDocument();
    expect(within(card).getByText('Payment-term extension')).toBeInTheDocument();
    expect(within(card).getByText(/^Order \d{7}$/)).toBeInTheDocument();
    expect(within(card).getByText(/^Last message: \d{1,2} \w{3} 2026/)).toBeInTheDocument();
  });
});

describe('the tickets’ filters', () => {
  const rowNumbers = (table: HTMLElement) => within(table).getAllByRole('link', { name: /^CPT-/ }).map((link) => link.textContent);

  it('narrow the list to the states picked, each counted, and to the words typed, in the address', async () => {
    const { user, router } = await renderApp({ as: 'support', path: supportPaths.page() });
    await screen.findByRole('table', { name: "Your team's tickets" });
    const states = screen.getByRole('group', { name: 'States' });
    await user.click(await within(states).findByRole('checkbox', { name: 'Answered (1)' }));
    await user.click(within(states).getByRole('checkbox', { name: 'Waiting for you (1)' }));
    await waitFor(() => expect(rowNumbers(screen.getByRole('table', { name: "Your team's tickets" }))).toEqual(['CPT-3333-000103', answered]));
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('answered,waiting-for-you');

    expect(screen.getByRole('status')).toHaveTextContent('2 tickets match');

    const search = screen.getByRole('textbox', { name: 'Search tickets' });
    await user.type(search, '000102');
    await waitFor(() => expect(rowNumbers(screen.getByRole('table', { name: "Your team's tickets" }))).toEqual([answered]));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('000102');
    // The counts are those of the tickets the words find.
    await waitFor(() => expect(within(states).getByRole('checkbox', { name: 'Answered (1)' })).toBeInTheDocument());
    expect(within(states).getByRole('checkbox', { name: 'Open (0)' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 ticket matches');

    await user.type(search, '9');
    expect(await screen.findByRole('heading', { name: 'No ticket matches these filters.' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('No ticket matches these filters.');
    // Back undoes the last change, as on the orders list.
    await act(() => router.navigate(-1));
    await waitFor(() => expect(search).toHaveValue('000102'));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowNumbers(screen.getByRole('table', { name: "Your team's tickets" }))).toHaveLength(4));
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    expect(router.state.location.search).toBe('');
  });

  it('come back from the address, in French too', async () => {
    await renderApp({ as: 'support', path: `${supportPaths.page()}?status=closed`, language: 'fr' });
    const states = await screen.findByRole('group', { name: 'États' });
    expect(await within(states).findByRole('checkbox', { name: 'Fermé (1)' })).toBeChecked();
    await waitFor(() => expect(rowNumbers(screen.getByRole('table', { name: 'Tickets de votre équipe' }))).toEqual(['CPT-3333-000101']));
  });
});
