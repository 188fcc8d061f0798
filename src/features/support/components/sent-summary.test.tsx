import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';

describe('after a support ticket is sent', () => {
  it('moves focus to the confirmation, then to the fresh form for another ticket', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/support' });
    await screen.findByRole('textbox', { name: 'Merchant id' });
    await user.click(screen.getByRole('combobox', { name: 'Topic' }));
    await user.click(await screen.findByRole('option', { name: 'Technical' }));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'The export button does nothing.');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));

    const sent = await screen.findByRole('status', { name: /Sent: ticket CPT-3333-/ });
    await waitFor(() => expect(sent).toHaveFocus());
    const ticketNumber = /CPT-3333-\d+/.exec(sent.textContent ?? '')![0];
    expect(screen.getByRole('link', { name: 'Open the conversation' })).toHaveAttribute('href', `/support/tickets/${ticketNumber}`);

    await user.click(screen.getByRole('button', { name: 'Write another message' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'New ticket' })).toHaveFocus());
  });
});
