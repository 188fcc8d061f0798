import { screen, within } from '@testing-library/react';
import { z } from 'zod';
import { apiRequest, findOrder, freshBackendAs, renderApp } from '@/testing/render-app';

// Whatever a user types as a reason is shown as typed: never looked up as a translation key,
// never read as a template, never run as markup, and never able to reorder the words around it.
const hostileReasons = [
  '$t(reasons.expired)',
  '{{nsSeparator}} and {{reason}}',
  '<img src=x onerror="window.hacked=true">',
  '\u202Ereversed, then {{count}}',
];

async function cancelWithReason(reason: string): Promise<string> {
  const order = await findOrder('created');
  await apiRequest(`/orders/${order.orderNumber}/cancel`, z.looseObject({}), {
    method: 'POST',
    mode: 'live',
    body: { version: order.version, reason },
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });
  return order.orderNumber;
}

/** The reason a status control shows on screen, after its badge. */
const shownReason = (control: HTMLElement) => control.lastElementChild?.textContent;

describe('a reason typed by a user', () => {
  it.each(hostileReasons)('shows as typed on the timeline and in the status badge: %s', async (reason) => {
    await freshBackendAs('admin');
    const orderNumber = await cancelWithReason(reason);
    const { user } = await renderApp({ as: 'admin', path: `/orders/${orderNumber}`, resetData: false });

    const timeline = (await screen.findByRole('heading', { name: 'Timeline' })).closest<HTMLElement>('.mantine-Paper-root')!;
    // The whole sentence, across the element that isolates the typed part.
    const shown = within(timeline).getByText((_, element) => element?.tagName === 'P' && element.textContent === `Reason: ${reason}`);
    // Set apart in its own isolate, so bidi marks in it cannot reorder the sentence around it.
    expect(shown.querySelector('bdi')).toHaveTextContent(reason, { normalizeWhitespace: false });
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();

    // A badge with a reason is focusable, a control named by its status and the reason, which shows beside it.
    const badge = screen.getByRole('button', { name: (name) => name.startsWith('Cancelled:') });
    expect(shownReason(badge)).toBe(reason);
    await user.hover(badge);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(`Reason: ${reason}`, { normalizeWhitespace: false });
  });

  it('is told apart from a known reason, which reads in the language picked, beside each status in the list', async () => {
    await renderApp({ as: 'admin', path: '/orders?status=cancelled', language: 'fr' });
    const badges = await screen.findAllByRole('button', { name: /^Annulée: / });
    // Seeded cancellations carry codes: their reasons are translated, not shown in English.
    const texts = badges.map(shownReason);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((text) => /^(Rupture de stock|Rétractation du client|Commande en double|L'adresse de livraison)/.test(text ?? ''))).toBe(true);
    expect(texts.some((text) => /Out of stock|Customer withdrew|Duplicate order/.test(text ?? ''))).toBe(false);
  });
});
