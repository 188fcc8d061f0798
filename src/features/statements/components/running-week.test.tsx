import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { atPhoneWidth } from '@/testing/screen-width';

// The tests run on Tuesday 2026-11-24: week 2026-W48 is running, and its statement is issued after
// Sunday 29 November. The newest statement is that of 2026-W47.

describe('the running week', () => {
  it('is not listed: the statements start with the last week that has ended, its files ready', async () => {
    await renderApp({ as: 'finance', path: '/statements' });
    const table = await screen.findByRole('table', { name: 'Weekly statements, newest first' });
    expect(within(table).queryByRole('link', { name: '2026-W48' })).not.toBeInTheDocument();
    const [newest] = within(table).getAllByRole('row').slice(1);
    expect(within(newest!).getByRole('link', { name: '2026-W47' })).toBeInTheDocument();
    expect(within(newest!).getByRole('button', { name: 'Download the statement of 2026-W47 as CSV' })).toBeInTheDocument();
    expect(screen.queryByText(/In progress|Files after Sunday/)).not.toBeInTheDocument();
  });

  it('opens on a page that says it is still running, when its statement is issued, and leads back to the list', async () => {
    const { user } = await renderApp({ as: 'finance', path: '/statements/2026-W48' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Week 2026-W48 is still running' })).toBeInTheDocument();
    expect(screen.getByText('This week is not over yet: its statement and its files are issued once it has ended, after Sunday 29 Nov 2026.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Download the statement/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/There is no statement/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the statements' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Weekly statements' })).toBeInTheDocument();
  });

  it('says so in French, Dutch and German, the day written as each reads it', async () => {
    const said = {
      fr: ['La semaine 2026-W48 est encore en cours', /après le dimanche 29 nov\. 2026\.$/],
      nl: ['Week 2026-W48 loopt nog', /na zondag 29 nov 2026\.$/],
      de: ['Die Woche 2026-W48 läuft noch', /nach Sonntag, dem 29\.11\.2026\.$/],
    } as const;
    for (const [language, [heading, hint]] of Object.entries(said) as [keyof typeof said, (typeof said)[keyof typeof said]][]) {
      const view = await renderApp({ as: 'finance', path: '/statements/2026-W48', language });
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(screen.getByText(hint)).toBeInTheDocument();
      view.unmount();
    }
  });

  it('has no statement in test data either, where no money is paid out', async () => {
    await renderApp({ as: 'finance', path: '/statements', mode: 'test' });
    expect(await screen.findByText('Every money movement of each ISO week, Monday to Sunday. In test data no money is paid out.')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Weekly statements, newest first' });
    expect(within(table).getByRole('columnheader', { name: 'Net, not paid out' })).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Payout or debit' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: '2026-W48' })).not.toBeInTheDocument();
  });
});

describe('the running week on a phone', () => {
  atPhoneWidth();

  it('has no card: the first is the last week that has ended', async () => {
    await renderApp({ as: 'finance', path: '/statements' });
    const cards = within(await screen.findByRole('list', { name: 'Weekly statements, newest first' })).getAllByRole('listitem');
    expect(within(cards[0]!).getByRole('link', { name: '2026-W47' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '2026-W48' })).not.toBeInTheDocument();
  });
});
