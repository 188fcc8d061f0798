import { screen, within } from '@testing-library/react';
import { findOrder, readOrder, renderApp } from '@/testing/render-app';
import { orderPaths } from '../paths';

// A reason picked from the list is kept as its code: a colleague reading in another language sees it
// in theirs. Only the note typed with it stays as typed.

type Language = 'en' | 'fr';

/** The order's page in `language`, on the backend as the previous steps left it. */
async function openOrderIn(orderNumber: string, language: Language) {
  const view = await renderApp({ as: 'admin', path: orderPaths.detail(orderNumber), resetData: false, language });
  await screen.findByRole('heading', { level: 1, name: new RegExp(orderNumber) });
  return view;
}

async function anOrder(status: string) {
  const app = await renderApp({ as: 'admin', path: orderPaths.list() });
  const order = await findOrder(status);
  app.unmount();
  return order;
}

const timelineOf = async () => (await screen.findByRole('heading', { name: /^(Timeline|Historique)$/ })).closest<HTMLElement>('.mantine-Paper-root')!;
const paragraph = (text: string) => (_: string, element: Element | null) => element?.tagName === 'P' && element.textContent === text;

describe('a reason picked from the list', () => {
  it('picked in French reads in English once the language is switched: badge and timeline', async () => {
    const order = await anOrder('created');
    const french = await openOrderIn(order.orderNumber, 'fr');
    await french.user.click(screen.getByRole('button', { name: 'Annuler la commande' }));
    const dialog = await screen.findByRole('dialog');
    await french.user.click(within(dialog).getByRole('combobox', { name: 'Motif' }));
    await french.user.click(await screen.findByRole('option', { name: 'Rupture de stock' }));
    await french.user.click(within(dialog).getByRole('button', { name: 'Annuler la commande' }));
    expect(await screen.findByText(`La commande ${order.orderNumber} est annulée.`)).toBeInTheDocument();
    expect(await readOrder(order.orderNumber)).toMatchObject({ statusReasonCode: 'out-of-stock' });
    french.unmount();

    await openOrderIn(order.orderNumber, 'en');
    expect(screen.getByRole('button', { name: 'Cancelled: Out of stock' })).toBeInTheDocument();
    expect(within(await timelineOf()).getByText(paragraph('Reason: Out of stock'))).toBeInTheDocument();
    expect(screen.queryByText(/Rupture de stock/)).not.toBeInTheDocument();
  });

  it("picked in English reads in French, each returned line's reason too, the note as typed", async () => {
    const order = await anOrder('activated');
    const english = await openOrderIn(order.orderNumber, 'en');
    await english.user.click(screen.getByRole('button', { name: 'Partial cancel' }));
    const dialog = await screen.findByRole('dialog');
    await english.user.click(within(dialog).getByRole('radio', { name: 'Returned items' }));
    const line = within(dialog).getAllByRole('group')[0]!;
    await english.user.click(within(line).getByRole('combobox', { name: /^Why, if for another reason: / }));
    await english.user.click(await screen.findByRole('option', { name: 'Defective' }));
    await english.user.type(within(line).getByRole('textbox', { name: /^Quantity returned of/ }), '{Backspace}1');
    await english.user.click(within(dialog).getByRole('combobox', { name: 'Reason' }));
    await english.user.click(await screen.findByRole('option', { name: 'Other' }));
    await english.user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Seam torn');
    await english.user.click(within(dialog).getByRole('button', { name: 'Issue the credit note' }));
    await screen.findByText(/The credit note for order \d+ is issued\.|Order \d+ is fully credited\./);
    english.unmount();

    await openOrderIn(order.orderNumber, 'fr');
    const timeline = await timelineOf();
    const reason = within(timeline).getByText(paragraph('Motif : Autre : Seam torn'));
    // The note is the user's own words: set apart as typed text.
    expect(reason.querySelector('bdi')).toHaveTextContent('Seam torn');
    expect(within(timeline).getByText((_, element) => element?.tagName === 'P' && /^1 × .+ · Défectueux$/.test(element.textContent ?? ''))).toBeInTheDocument();
    expect(within(timeline).queryByText(/Other|Defective/)).not.toBeInTheDocument();
  });
});
