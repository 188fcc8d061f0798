import { screen, within } from '@testing-library/react';
import { z } from 'zod';
import { orderDetailSchema } from '@/contract/orders';
import { statementDetailSchema } from '@/contract/statements';
import { apiRequest, findOrder, freshBackendAs, renderApp, type demoUsers } from '@/testing/render-app';
import { orderPaths } from '../paths';

// The tests run on Tuesday 2026-11-24, in week 2026-W48.

/** An activated order credited in full today, and what its statements carry of it. */
async function creditedOrder() {
  await freshBackendAs('admin');
  const { orderNumber, version } = await findOrder('activated');
  await apiRequest(`/orders/${orderNumber}/cancel`, z.unknown(), { method: 'POST', mode: 'live', body: { version, reason: 'Customer withdrew' } });
  const order = await apiRequest(`/orders/${orderNumber}`, orderDetailSchema, { mode: 'live' });
  const activation = order.events.find((event) => event.type === 'activated')!;
  const activationWeek = activation.statement!.week;
  const statement = await apiRequest(`/statements/${activationWeek}`, statementDetailSchema, { mode: 'live' });
  const fee = statement.movements.find((movement) => movement.orderNumber === orderNumber && movement.type === 'fee')!;
  return { orderNumber, activationWeek, fee: fee.amount };
}

async function openTimeline(user: keyof typeof demoUsers, orderNumber: string) {
  const view = await renderApp({ as: user, path: orderPaths.detail(orderNumber), resetData: false });
  const timeline = (await screen.findByRole('heading', { level: 2, name: 'Timeline' })).parentElement!;
  const entry = (title: string) => within(timeline).getAllByRole('listitem').find((item) => item.textContent?.startsWith(title))!;
  return { ...view, entry };
}

const euros = (cents: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);

describe("an order's money on its statements", () => {
  it("leads finance from each event that moved money to that order's movements on the week's statement, the activation with its fee", async () => {
    const { orderNumber, activationWeek, fee } = await creditedOrder();
    const { entry, user } = await openTimeline('finance', orderNumber);

    const activated = entry('Activated: invoice issued');
    expect(activated).toHaveTextContent(`Provider fee: ${euros(fee)}`);
    // Credited today: its week is still running, and has no statement to link to yet.
    expect(within(entry('Credited')).queryByRole('link')).not.toBeInTheDocument();

    await user.click(within(activated).getByRole('link', { name: new RegExp(`^See it on the statement ${activationWeek} \\(\\d`) }));
    expect(await screen.findByRole('heading', { level: 1, name: `Statement ${activationWeek}` })).toBeInTheDocument();
    expect(screen.getByText(`Only the movements of order ${orderNumber}`)).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Movements of the week' })).getAllByRole('row').slice(1, -1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual(['Activation', 'Provider fee']);
    expect(rows.every((row) => row.textContent?.includes(orderNumber))).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(`2 movements of order ${orderNumber}`);

    // The way back to the whole week.
    await user.click(screen.getByRole('button', { name: 'Show every movement of the week' }));
    expect(screen.queryByText(`Only the movements of order ${orderNumber}`)).not.toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Movements of the week' })).getAllByRole('row').length).toBeGreaterThan(rows.length + 2);
  });

  it("names the running week's statement as text, with its days, not as a link to a page that does not exist yet", async () => {
    const { orderNumber } = await creditedOrder();
    const said = {
      en: ['Credited', 'On the statement 2026-W48 (23 – 29 Nov 2026), issued once the week has ended'],
      fr: ['Créditée', 'Sur le relevé 2026-W48 (23–29 nov. 2026), émis une fois la semaine terminée'],
      nl: ['Gecrediteerd', 'Op afschrift 2026-W48 (23–29 nov 2026), uitgegeven zodra de week voorbij is'],
      de: ['Gutgeschrieben', 'Auf der Abrechnung 2026-W48 (23.–29.11.2026), ausgestellt, sobald die Woche vorbei ist'],
    } as const;
    for (const [language, [title, text]] of Object.entries(said) as [keyof typeof said, (typeof said)[keyof typeof said]][]) {
      const view = await renderApp({ as: 'finance', path: orderPaths.detail(orderNumber), resetData: false, language });
      const timeline = (await screen.findByRole('heading', { level: 2, name: { en: 'Timeline', fr: 'Historique', nl: 'Tijdlijn', de: 'Verlauf' }[language] })).parentElement!;
      const credited = within(timeline)
        .getAllByRole('listitem')
        .find((item) => item.textContent?.startsWith(title))!;
      expect(within(credited).getByText(text)).toBeInTheDocument();
      expect(within(credited).queryByRole('link')).not.toBeInTheDocument();
      view.unmount();
    }
  });

  it('writes what came off the order with a minus sign, as its statement does, and what was activated without one', async () => {
    const { orderNumber } = await creditedOrder();
    const order = await apiRequest(`/orders/${orderNumber}`, orderDetailSchema, { mode: 'live' });
    const amountOf = (type: string) => order.events.find((event) => event.type === type)!.amount!;
    const { entry } = await openTimeline('admin', orderNumber);
    expect(entry('Credited')).toHaveTextContent(euros(-amountOf('credited')));
    expect(entry('Activated: invoice issued')).toHaveTextContent(euros(amountOf('activated')));
    expect(entry('Activated: invoice issued')).not.toHaveTextContent(euros(-amountOf('activated')));
  });

  it('shows a support agent, who may not read statements, neither the fee nor a way to them', async () => {
    const { orderNumber } = await creditedOrder();
    const { entry } = await openTimeline('support', orderNumber);
    expect(entry('Activated: invoice issued')).not.toHaveTextContent('Provider fee');
    expect(within(entry('Credited')).queryByRole('link')).not.toBeInTheDocument();
  });
});
