import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { atPhoneWidth } from '@/testing/phone-width';
import { supportPaths } from '../paths';

const answered = 'CPT-3333-000102';

describe('the tickets, wide', () => {
  it('never break a ticket number at its hyphens', async () => {
    await renderApp({ as: 'support', path: supportPaths.page() });
    const table = await screen.findByRole('table', { name: 'My tickets' });
    for (const link of within(table).getAllByRole('link', { name: /^CPT-/ })) expect(link).toHaveStyle({ whiteSpace: 'nowrap' });
  });
});

describe('the tickets on a phone', () => {
  atPhoneWidth();

  it('are one card per ticket, with its number, state, topic, order, unread mark and last message, and no table', async () => {
    await renderApp({ as: 'support', path: supportPaths.page() });
    const cards = within(await screen.findByRole('list', { name: 'My tickets' })).getAllByRole('listitem');
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
