import { screen, within } from '@testing-library/react';
import { chargebacksOnStatements } from '@mocks/testing/statement-chargebacks';
import type { LanguageCode } from '@/lib/i18n';
import { freshBackendAs, renderApp, type demoUsers } from '@/testing/render-app';
import { shownDate } from '@/testing/shown-date';
import { orderPaths } from '../paths';

/** A chargeback an issued statement of the seed carries, found the way the statements pages list them. */
async function seededChargeback() {
  const first = (await chargebacksOnStatements('3333', 'live')).find((chargeback) => chargeback.issued);
  if (!first) throw new Error('the seed has no chargeback in the live statements');
  return first;
}

/** The order's page with the timeline entry of its chargeback, read as `user` reads it. */
async function openDisputedOrder(user: keyof typeof demoUsers, language: LanguageCode = 'en') {
  await freshBackendAs(user);
  const chargeback = await seededChargeback();
  const orderNumber = chargeback.movement.orderNumber!;
  const view = await renderApp({ as: user, path: orderPaths.detail(orderNumber), resetData: false, language });
  const timeline = (await screen.findByRole('heading', { level: 2, name: { en: 'Timeline', fr: 'Historique', nl: 'Tijdlijn', de: 'Verlauf' }[language] })).parentElement!;
  const title = { en: 'Chargeback', fr: 'Rétrofacturation', nl: 'Terugboeking', de: 'Rückbuchung' }[language];
  const entry = within(within(timeline).getByRole('list'))
    .getAllByRole('listitem')
    .find((item) => item.textContent?.startsWith(title));
  if (!entry) throw new Error(`no ${title} on the timeline of order ${orderNumber}`);
  return { ...view, chargeback, entry };
}

/** Cents as an en-GB reader of a Belgian merchant reads them: "-€45.99". */
const euros = (cents: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);

describe('a chargeback on the order page', () => {
  it('is on the timeline with its day, the amount taken back and why, and leads finance to the statement that deducts it', async () => {
    const { chargeback, entry, user } = await openDisputedOrder('finance');
    const { movement, week } = chargeback;
    expect(entry).toHaveTextContent(shownDate(movement.date));
    expect(within(entry).getByText(euros(movement.amount))).toBeInTheDocument();
    expect(entry).toHaveTextContent('The shopper disputed the payment with their bank: this amount was taken back and is deducted on your weekly statement.');

    const link = within(entry).getByRole('link', { name: new RegExp(`^See it on the statement ${week} \\(\\d`) });
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(`Statement ${week}`) })).toBeInTheDocument();
    // The statement opens on its chargebacks, whatever page of its movements they would be on.
    const rows = within(await screen.findByRole('table', { name: 'Movements of the week' })).getAllByRole('row');
    const row = rows.find((candidate) => candidate.textContent?.includes(`Chargeback on order ${movement.orderNumber}`));
    expect(row).toHaveTextContent(euros(movement.amount));
    expect(rows.filter((candidate) => candidate.textContent?.includes('Activation'))).toEqual([]);
  });

  it('marks the paid order as charged back, and counts the amount in its totals', async () => {
    const { chargeback } = await openDisputedOrder('finance');
    expect(screen.getByText('Charged back', { selector: 'span' })).toBeInTheDocument();
    const totals = screen.getByRole('table', { name: 'Totals' });
    expect(within(totals).getByRole('row', { name: /^Charged back by the bank/ })).toHaveTextContent(euros(chargeback.movement.amount));
  });

  it('is shown to support agents without a way to the statements, which their role may not read', async () => {
    const { chargeback, entry } = await openDisputedOrder('support');
    expect(within(entry).getByText(euros(chargeback.movement.amount))).toBeInTheDocument();
    expect(within(entry).queryByRole('link')).not.toBeInTheDocument();
  });

  it("reads in the user's language, the amount as the merchant's region writes it", async () => {
    const { chargeback, entry } = await openDisputedOrder('admin', 'fr');
    // The page's text is matched with its spaces made plain, the no-break one before "€" included.
    const amount = new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(chargeback.movement.amount / 100).replace(/\s/g, ' ');
    expect(within(entry).getByText(amount)).toBeInTheDocument();
    expect(entry).toHaveTextContent("L'acheteur a contesté le paiement auprès de sa banque");
    expect(within(entry).getByRole('link', { name: new RegExp(`^Le voir sur le relevé ${chargeback.week}`) })).toBeInTheDocument();
  });
});
