import { screen, within } from '@testing-library/react';
import { z } from 'zod';
import { apiRequest, findOrder, freshBackendAs, renderApp } from '@/testing/render-app';

// The tests run on Tuesday 2026-11-24: week 2026-W48 is running, and nothing has moved in it yet.

/** Activates an order today, so that the running week has a payout to make. */
async function weekWithPayout() {
  await freshBackendAs('admin');
  const order = await findOrder('created');
  await apiRequest(`/orders/${order.orderNumber}/activate`, z.unknown(), { method: 'POST', mode: 'live', body: { version: order.version } });
}

describe('the coming payout', () => {
  it('heads the statements as "in progress", with its files to come after Sunday', async () => {
    await renderApp({ as: 'finance', path: '/statements' });
    const table = await screen.findByRole('table', { name: 'Weekly statements, newest first' });
    const [running, lastIssued] = within(table).getAllByRole('row').slice(1);
    expect(within(running!).getByRole('link', { name: '2026-W48' })).toBeInTheDocument();
    expect(within(running!).getByText('In progress')).toBeInTheDocument();
    expect(within(running!).getByText('Files after Sunday')).toBeInTheDocument();
    expect(within(running!).queryByRole('button', { name: /Download/ })).not.toBeInTheDocument();
    expect(within(lastIssued!).getByRole('button', { name: 'Download the statement of 2026-W47 as CSV' })).toBeInTheDocument();
  });

  it('says above the statements of test data that no money is paid out, and lists no payout', async () => {
    await renderApp({ as: 'finance', path: '/statements', mode: 'test' });
    expect(await screen.findByText('Every money movement of each ISO week, Monday to Sunday. In test data no money is paid out.')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Weekly statements, newest first' });
    expect(within(table).getByRole('columnheader', { name: 'Net, not paid out' })).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Payout or debit' })).not.toBeInTheDocument();
  });

  it('promises no payout for the running week of test data', async () => {
    await renderApp({ as: 'finance', path: '/statements/2026-W48', mode: 'test' });
    const notice = (await screen.findByText('Provisional: this week is not over')).closest<HTMLElement>('.mantine-Alert-root')!;
    expect(notice).toHaveTextContent('These are the movements so far. In test data no money is paid out.');
    expect(notice).not.toHaveTextContent(/will be (paid out|debited)/);
  });

  it('shows the running week so far, marked provisional, with the payout it would make', async () => {
    await weekWithPayout();
    await renderApp({ as: 'finance', path: '/statements/2026-W48', resetData: false });
    expect(await screen.findByRole('heading', { level: 1, name: 'Statement 2026-W48' })).toBeInTheDocument();
    const notice = screen.getByText('Provisional: this week is not over').closest<HTMLElement>('.mantine-Alert-root')!;
    expect(notice).toHaveTextContent(/If nothing else moves, €[\d,]+\.\d{2} will be paid out on 1 Dec 2026\./);
    expect(notice).not.toHaveTextContent(/-€|€0\.00/);
    // Paid to the payout account in effect on the payout date.
    expect(screen.getByText('To Atelier Lumière SRL, BE71 0961 2345 6769')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Download the statement/ })).not.toBeInTheDocument();
  });

  it('says of the running week that its payout is still to come, in every language', async () => {
    const heads = {
      en: '23 Nov 2026 – 29 Nov 2026 · to be paid out on 1 Dec 2026',
      fr: /^23 nov\. 2026 – 29 nov\. 2026 · à verser le 1 déc\. 2026$/,
      nl: /^23 nov 2026 – 29 nov 2026 · uit te betalen op 1 dec 2026$/,
      de: /^23\.11\.2026 – 29\.11\.2026 · auszuzahlen am 01\.12\.2026$/,
    };
    await weekWithPayout();
    for (const [language, head] of Object.entries(heads) as [keyof typeof heads, string | RegExp][]) {
      const view = await renderApp({ as: 'finance', path: '/statements/2026-W48', language, resetData: false });
      expect(await screen.findByText(head)).toBeInTheDocument();
      expect(screen.queryByText(/· (paid out on|versé le|uitbetaald op|ausgezahlt am) /)).not.toBeInTheDocument();
      view.unmount();
    }
  });
});
