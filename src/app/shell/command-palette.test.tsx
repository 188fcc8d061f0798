import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { findOrder, renderApp } from '@/testing/render-app';

/** Each of the palette's options has the name a screen reader says for it, in that order. */
function expectOptions(palette: HTMLElement, names: (string | RegExp)[]) {
  const options = within(palette).getAllByRole('option');
  expect(options).toHaveLength(names.length);
  names.forEach((name, index) => expect(options[index]).toHaveAccessibleName(name));
}

/** The palette opened with Ctrl+K on the orders list, as `role` (in live data unless `mode` says). */
async function openPaletteAs(role: 'admin' | 'finance' | 'support' | 'bergblickAdmin', mode?: 'test') {
  const { user } = await renderApp({ as: role, path: '/orders', mode });
  await screen.findByRole('heading', { level: 1, name: 'Orders' });
  await user.keyboard('{Control>}k{/Control}');
  const palette = await screen.findByRole('dialog', { name: 'Search or go to' });
  return { user, palette, input: within(palette).getByRole('combobox') };
}

describe('the command palette', () => {
  it('finds an order by its payment reference typed with spaces and opens its activation', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    const created = await findOrder('created');

    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Search or go to' });
    const input = within(palette).getByRole('combobox', { name: /Page, order number/ });
    await waitFor(() => expect(input).toHaveFocus());
    await user.type(input, `BP ${created.orderNumber} / 3333`);
    const open = await within(palette).findByRole('option', { name: new RegExp(`Open order ${created.orderNumber}`) });
    expect(open).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(within(palette).getByRole('option', { name: new RegExp(`Activate order ${created.orderNumber}`) })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');

    await screen.findByRole('heading', { level: 1, name: `Order ${created.orderNumber}` });
    expect(await screen.findByRole('dialog', { name: /Activate order/ })).toBeVisible();
  });

  it('goes to a page the role may see, and offers no change to a support agent', async () => {
    const { user } = await renderApp({ as: 'support', path: '/orders' });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    const created = await findOrder('created');
    await user.click(screen.getByRole('button', { name: /Search or go to/ }));
    const palette = await screen.findByRole('dialog', { name: 'Search or go to' });
    const input = within(palette).getByRole('combobox');
    expect(within(palette).queryByRole('option', { name: 'Go to Statements' })).not.toBeInTheDocument();
    await user.type(input, created.orderNumber);
    await within(palette).findByRole('option', { name: new RegExp(`Write to support about order ${created.orderNumber}`) });
    expect(within(palette).queryByRole('option', { name: /Activate order/ })).not.toBeInTheDocument();

    await user.clear(input);
    await user.type(input, 'supp');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Support' })).toBeVisible();
  });

  it('opens a ticket by its number, and a statement by its week for a role that reads statements', async () => {
    const { user, palette, input } = await openPaletteAs('finance');
    expect(input).toHaveAccessibleName('Page, order number, payment reference, customer, ticket number or week');
    // As a clerk writes it too; a week without its year is read in the device's (lib/iso-week.test.ts).
    await user.type(input, 'week 47 2026');
    expect(within(palette).getAllByRole('option')[0]).toHaveAccessibleName(/^Open the statement of 2026-W47/);
    await user.clear(input);
    await user.type(input, '2026-w47');
    expect(within(palette).getAllByRole('option')[0]).toHaveAccessibleName(/^Open the statement of 2026-W47/);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: /2026-W47/ })).toBeVisible();

    await user.keyboard('{Control>}k{/Control}');
    await user.type(within(await screen.findByRole('dialog', { name: 'Search or go to' })).getByRole('combobox'), 'cpt-3333-000103');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: /CPT-3333-000103/ })).toBeVisible();
  });

  it('offers no statement to a support agent, who reads none, nor says a week can be searched', async () => {
    const { user, palette, input } = await openPaletteAs('support');
    expect(input).toHaveAccessibleName('Page, order number, payment reference, customer or ticket number');
    await user.type(input, '2026-W47');
    expect(within(palette).queryByRole('option', { name: /statement/ })).not.toBeInTheDocument();
  });

  it('finds every settings page the role may open by its name, by other words, and under "Settings"', async () => {
    const { user, palette, input } = await openPaletteAs('admin');
    const offered = () => within(palette).queryAllByRole('option').map((option) => option.textContent);

    await user.type(input, 'Settings');
    expect(offered()).toEqual(['Go to Billing detailsSettingsPage', 'Go to Payout accountSettingsPage', 'Go to CredentialsSettingsPage', 'Go to TeamSettingsPage', 'Go to ActivitySettingsPage']);
    for (const [typed, page] of [['Team', 'Team'], ['Activity', 'Activity'], ['billing', 'Billing details'], ['api keys', 'Credentials'], ['IBAN', 'Payout account'], ['invite', 'Team']]) {
      await user.clear(input);
      await user.type(input, typed!);
      expect(within(palette).getAllByRole('option')[0]).toHaveTextContent(new RegExp(`^Go to ${page}`));
    }
    await user.clear(input);
    await user.type(input, 'billing{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Billing details' })).toBeVisible();
  });

  it('offers no settings page a role may not open, and finds them in the user’s language', async () => {
    const { user } = await renderApp({ as: 'finance', path: '/orders', language: 'fr' });
    await screen.findByRole('heading', { level: 1, name: 'Commandes' });
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog');
    const input = within(palette).getByRole('combobox');
    const offered = () => within(palette).queryAllByRole('option').map((option) => option.textContent);

    await user.type(input, 'parametres');
    expect(offered()).toEqual(['Aller à : Données de facturationParamètresPage', 'Aller à : Compte de versementParamètresPage']);
    await user.clear(input);
    await user.type(input, 'équipe');
    expect(offered()).toEqual([]);
    await user.clear(input);
    await user.type(input, 'activité');
    expect(offered()).toEqual([]);
  });

  it('offers a support agent none of the settings', async () => {
    const { user, palette, input } = await openPaletteAs('support');
    await user.type(input, 'settings');
    expect(within(palette).queryAllByRole('option')).toEqual([]);
  });

  it('opens on a payment reference pasted outside a field, with the order found', async () => {
    const { user } = await renderApp({ as: 'finance', path: '/orders' });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    const activated = await findOrder('activated');
    await user.paste(`BP${activated.orderNumber}/3333`);
    const palette = await screen.findByRole('dialog', { name: 'Search or go to' });
    expect(within(palette).getByRole('combobox')).toHaveValue(`BP${activated.orderNumber}/3333`);
    await within(palette).findByRole('option', { name: new RegExp(`Open order ${activated.orderNumber}`) });
  });

  it('gives the focus back to what had it when closed unused, and to the page when its command stays on the page', async () => {
    const { user } = await renderApp({ as: 'support', path: '/orders?status=created' });
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    const search = screen.getByRole('textbox', { name: 'Search' });
    await user.click(search);
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Search or go to' });
    await waitFor(() => expect(within(palette).getByRole('combobox')).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(search).toHaveFocus());

    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByRole('combobox', { name: /Page, order number/ }), 'orders{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Orders' })).toHaveFocus());
  });

  it('changes the appearance and the data from what is typed, offering only the choices not in use, and gives the focus back', async () => {
    const { user } = await renderApp({ as: 'finance', path: '/orders' });
    const search = await screen.findByRole('textbox', { name: 'Search' });
    await user.click(search);
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Search or go to' });
    expect(within(palette).queryByRole('option', { name: /^Appearance/ })).not.toBeInTheDocument();
    await user.type(within(palette).getByRole('combobox'), 'dark mode');
    expect(within(palette).getByRole('option')).toHaveAccessibleName('Appearance: dark');
    await user.keyboard('{Enter}');
    // The page stays: the focus goes back to the field it was in.
    await waitFor(() => expect(search).toHaveFocus());
    await user.click(screen.getByRole('button', { name: /User menu for/ }));
    expect(await screen.findByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
    await user.keyboard('{Escape}');

    await user.keyboard('{Control>}k{/Control}');
    const again = await screen.findByRole('dialog', { name: 'Search or go to' });
    await user.type(within(again).getByRole('combobox'), 'appearance');
    expectOptions(again, ['Appearance: follow the system', 'Appearance: light']);
    await user.clear(within(again).getByRole('combobox'));
    await user.type(within(again).getByRole('combobox'), 'test data');
    await user.click(within(again).getByRole('option', { name: 'Switch to test data' }));
    expect(await screen.findByText(/^Test data: you are looking at test orders/)).toBeVisible();
  });

  it('offers live data only to a merchant who may use it, before the page that speaks of going live', async () => {
    const atelier = await openPaletteAs('admin', 'test');
    await atelier.user.type(atelier.input, 'live');
    expectOptions(atelier.palette, ['Switch to live data', /^Go to Credentials/]);
    cleanup();

    const bergblick = await openPaletteAs('bergblickAdmin', 'test');
    await bergblick.user.type(bergblick.input, 'live');
    expectOptions(bergblick.palette, [/^Go to Credentials/]);
  });

  it('finds a language by its name in the user’s language, says it in its own, and signs out in it', async () => {
    const { user, palette, input } = await openPaletteAs('support');
    await user.type(input, 'german');
    const german = within(palette).getByRole('option');
    expect(german).toHaveAccessibleName('Language: Deutsch');
    expect(within(german).getByText('Deutsch')).toHaveAttribute('lang', 'de');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bestellungen' })).toBeVisible();

    await user.keyboard('{Control>}k{/Control}');
    const inGerman = await screen.findByRole('dialog', { name: 'Suchen oder springen' });
    await user.type(within(inGerman).getByRole('combobox'), 'abmelden');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Anmelden' })).toBeVisible();
  });
});
