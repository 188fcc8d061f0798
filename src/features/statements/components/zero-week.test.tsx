import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { atPhoneWidth } from '@/testing/screen-width';

// The tests run on Tuesday 2026-11-24 in a world whose money starts moving in 2026-W10: weeks 1 to 9
// have statements with a net of zero.

const payoutWords = /paid out on|versé le|uitbetaald op|ausgezahlt am|held until|retenu|aangehouden|zurückgehalten|^(To|Compte de versement|Aan|An) /;

describe('a week whose net is zero', () => {
  it('has nothing to pay out: no payout date, no account', async () => {
    await renderApp({ as: 'finance', path: '/statements/2026-W06' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Statement 2026-W06' })).toBeInTheDocument();
    expect(screen.getByText('2 Feb 2026 – 8 Feb 2026 · nothing to pay out')).toBeInTheDocument();
    expect(screen.queryByText(/Atelier Lumière SRL|BE71/)).not.toBeInTheDocument();
    expect(screen.queryByText(payoutWords)).not.toBeInTheDocument();
  });

  it('is said the same way in French, Dutch and German', async () => {
    const heads = {
      fr: /^2 févr\. 2026 – 8 févr\. 2026 · rien à verser$/,
      nl: /^2 feb 2026 – 8 feb 2026 · niets uit te betalen$/,
      de: /^02\.02\.2026 – 08\.02\.2026 · nichts auszuzahlen$/,
    };
    for (const [language, head] of Object.entries(heads) as [keyof typeof heads, RegExp][]) {
      const view = await renderApp({ as: 'finance', path: '/statements/2026-W06', language });
      expect(await screen.findByText(head)).toBeInTheDocument();
      expect(screen.queryByText(/Atelier Lumière SRL|BE71/)).not.toBeInTheDocument();
      expect(screen.queryByText(payoutWords)).not.toBeInTheDocument();
      view.unmount();
    }
  });

  it('is listed with nothing to pay out instead of a payout date', async () => {
    await renderApp({ as: 'finance', path: '/statements?page=3' });
    const table = await screen.findByRole('table', { name: 'Weekly statements, newest first' });
    const row = within(table).getByRole('link', { name: '2026-W06' }).closest('tr')!;
    const payoutDate = within(table).getAllByRole('columnheader').findIndex((header) => header.textContent === 'Payout or debit');
    expect(within(row).getAllByRole('cell')[payoutDate]).toHaveTextContent(/^Nothing to pay out$/);
    // Its files are issued like any other week's.
    expect(within(row).getByRole('button', { name: 'Download the statement of 2026-W06 as PDF' })).toBeInTheDocument();
  });
});

describe('a week whose net is zero, on a phone', () => {
  atPhoneWidth();

  it('is listed with nothing to pay out instead of a payout date', async () => {
    await renderApp({ as: 'finance', path: '/statements?page=3', language: 'de' });
    const card = (await screen.findByRole('link', { name: '2026-W06' })).closest('li')!;
    expect(within(card).getByText('Nichts auszuzahlen')).toBeInTheDocument();
    expect(within(card).queryByText(/Auszahlungs/)).not.toBeInTheDocument();
  });
});
