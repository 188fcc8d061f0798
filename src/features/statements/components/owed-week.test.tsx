import { screen, within } from '@testing-library/react';
import { z } from 'zod';
import { setToday } from '@mocks/rules/clock';
import { apiRequest, findOrder, freshBackendAs, renderApp } from '@/testing/render-app';
import { atPhoneWidth } from '@/testing/screen-width';

// The tests run on Tuesday 2026-11-24: nothing has moved yet in week 2026-W48, so cancelling an
// activated order there credits it back and makes the week's net negative.

/** The week made negative, seen on `day`: on Monday 2026-11-30 it is over, and on Tuesday 2026-12-01 settled. */
async function owedWeek({ day }: { day?: string } = {}) {
  await freshBackendAs('admin');
  const order = await findOrder('activated');
  await apiRequest(`/orders/${order.orderNumber}/cancel`, z.unknown(), { method: 'POST', mode: 'live', body: { version: order.version, reason: 'Customer withdrew' } });
  if (day) setToday(day);
  return order.outstanding;
}

describe('a week that gives back more than it pays', () => {
  it('is an amount due, debited from the account on the payout date, never a negative payout', async () => {
    await owedWeek({ day: '2026-12-01' });
    await renderApp({ as: 'finance', path: '/statements/2026-W48', resetData: false });
    expect(await screen.findByRole('heading', { level: 1, name: 'Statement 2026-W48' })).toBeInTheDocument();
    expect(screen.getByText('23 Nov 2026 – 29 Nov 2026 · debited on 1 Dec 2026')).toBeInTheDocument();
    expect(screen.getByText('From Atelier Lumière SRL, BE71 0961 2345 6769')).toBeInTheDocument();
    // What the merchant owes, as a positive amount.
    expect(screen.getByText('Net amount due').nextElementSibling).toHaveTextContent(/^€[\d,]+\.\d{2}$/);
    expect(screen.queryByText(/paid out on|^To Atelier/)).not.toBeInTheDocument();
    expect(screen.queryByText('Net payout')).not.toBeInTheDocument();
  });

  it('is said the same way in French, Dutch and German', async () => {
    await owedWeek({ day: '2026-12-01' });
    const words = { fr: ['prélevé le', 'Compte débité : ', 'Montant net dû'], nl: ['afgeschreven op', 'Van ', 'Netto verschuldigd bedrag'], de: ['abgebucht am', 'Von ', 'Fälliger Nettobetrag'] };
    for (const [language, [debited, from, due]] of Object.entries(words) as [keyof typeof words, string[]][]) {
      const view = await renderApp({ as: 'finance', path: '/statements/2026-W48', resetData: false, language });
      expect(await screen.findByText(new RegExp(` · ${debited} `))).toBeInTheDocument();
      expect(screen.getByText(new RegExp(`^${from}Atelier Lumière SRL`))).toBeInTheDocument();
      expect(screen.getByText(due!)).toBeInTheDocument();
      view.unmount();
    }
  });

  it('is, on the Monday after the week, issued but still to be debited on the Tuesday', async () => {
    await owedWeek({ day: '2026-11-30' });
    await renderApp({ as: 'finance', path: '/statements/2026-W48', resetData: false });
    expect(await screen.findByText('23 Nov 2026 – 29 Nov 2026 · to be debited on 1 Dec 2026')).toBeInTheDocument();
    expect(screen.getByText('From Atelier Lumière SRL, BE71 0961 2345 6769')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the statement of 2026-W48 as CSV' })).toBeInTheDocument();
  });
});

/** What the list says of `week` under its column "Payout or debit". */
async function settlementInList(week: string) {
  const table = await screen.findByRole('table', { name: 'Weekly statements, newest first' });
  const column = within(table).getAllByRole('columnheader').findIndex((header) => header.textContent === 'Payout or debit');
  const row = within(table).getByRole('link', { name: week }).closest('tr')!;
  return within(row).getAllByRole('cell')[column];
}

describe('the statements list, of a week that gives back more than it pays', () => {
  it('tells the debit from a payout, not a bare date', async () => {
    await owedWeek({ day: '2026-12-01' });
    await renderApp({ as: 'finance', path: '/statements', resetData: false });
    expect(await settlementInList('2026-W48')).toHaveTextContent(/^Debited on 1 Dec 2026$/);
    expect(await settlementInList('2026-W47')).toHaveTextContent(/^Paid out on 24 Nov 2026$/);
  });

  it('says in French too that the amount is still to be debited', async () => {
    await owedWeek({ day: '2026-11-30' });
    await renderApp({ as: 'finance', path: '/statements', resetData: false, language: 'fr' });
    const table = await screen.findByRole('table', { name: /^Relevés hebdomadaires/ });
    const row = within(table).getByRole('link', { name: '2026-W48' }).closest('tr')!;
    expect(within(row).getByText(/^À prélever le 1 déc\. 2026$/)).toBeInTheDocument();
  });

  describe('on a phone', () => {
    atPhoneWidth();

    it('says on its card that the amount is still to be debited', async () => {
      await owedWeek({ day: '2026-11-30' });
      await renderApp({ as: 'finance', path: '/statements', resetData: false });
      const card = (await screen.findByRole('link', { name: '2026-W48' })).closest('li')!;
      expect(within(card).getByText('To be debited on 1 Dec 2026')).toBeInTheDocument();
      expect(within(card).queryByText(/^Payout date$/)).not.toBeInTheDocument();
    });
  });
});
