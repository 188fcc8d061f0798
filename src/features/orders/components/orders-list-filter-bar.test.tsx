import { screen, waitFor, within } from '@testing-library/react';
import wholePillClasses from '@/components/whole-pill.module.css';
import { renderApp } from '@/testing/render-app';
import { queriesSeen } from '@/testing/requests-seen';
import { holdOrderLists } from '@/testing/held-requests';

/** The list requests the app sends, as the handlers see them. */
const listRequests = () => queriesSeen('/api/orders');

const table = () => screen.findByRole('table', { name: 'Orders matching the filters' });

describe('the filter bar of the orders list', () => {
  it('shows the search and the most used filters, and the others once "More filters" is opened', async () => {
    const { user } = await renderApp({ as: 'admin' });
    await table();
    expect(screen.getByRole('textbox', { name: 'Search' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Payment state' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Country' })).not.toBeInTheDocument();

    const more = screen.getByRole('button', { name: 'More filters' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    more.focus();
    await user.keyboard('{Enter}');
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('combobox', { name: 'Country' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Credited since' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Country' })).not.toBeInTheDocument());
  });

  it('asks for the list of a status the pointer rests on, so that a click on it shows that list at once', async () => {
    const requests = listRequests();
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created' });
    expect(within(await table()).queryByText('Paid')).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    const paid = await screen.findByRole('option', { name: 'Paid' });
    await user.hover(paid);
    await waitFor(() => expect(requests.map((request) => request.get('status'))).toContain('created,paid'));

    // From here the API holds every list until released: what the click shows is the hover's answer.
    const releaseLists = holdOrderLists();
    await user.click(paid);
    expect(await within(await table()).findAllByText('Paid')).not.toHaveLength(0);
    expect(within(await table()).getAllByText('Created')).not.toHaveLength(0);
    releaseLists();
  });

  it('asks for the list of a search while it is typed, and shows the last one after the pause', async () => {
    const requests = listRequests();
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    await table();
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'Lore');
    // Typed without a pause, only the whole word would be sent; each keystroke's text was asked for.
    await waitFor(() => expect(requests.map((request) => request.get('q'))).toEqual(expect.arrayContaining(['Lo', 'Lor', 'Lore'])));
    expect(await screen.findByRole('button', { name: 'Remove filter Search: “Lore”' })).toBeInTheDocument();
  });

  it("quotes a search the way the chosen language quotes", async () => {
    await renderApp({ as: 'admin', path: '/orders?q=Lore', language: 'fr' });
    expect(await screen.findByRole('button', { name: /« Lore »/ })).toBeInTheDocument();
  });

  it('shows each active filter as a chip that removes that filter alone, and clears them all', async () => {
    const requests = listRequests();
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created,activated&country=BE&overdueByMoreThanDays=5&sort=total' });
    await table();
    const chips = within(screen.getByRole('group', { name: 'Active filters' }));
    expect(chips.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Status: Created, Activated',
      'Country: Belgium',
      'Overdue by more than (days): 5',
      'Clear filters',
    ]);
    // The filters folded away are counted on the button that opens them.
    expect(screen.getByRole('button', { name: /More filters/ })).toHaveTextContent('2');

    await user.click(chips.getByRole('button', { name: 'Remove filter Status: Created, Activated' }));
    await waitFor(() => expect(requests.at(-1)?.get('status')).toBeNull());
    expect(requests.at(-1)?.get('country')).toBe('BE');
    expect(requests.at(-1)?.get('overdueByMoreThanDays')).toBe('5');
    // The filters change on screen with the list they ask for.
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Remove filter Status/ })).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(requests.at(-1)?.get('country')).toBeNull());
    expect(requests.at(-1)?.get('overdueByMoreThanDays')).toBeNull();
    expect(requests.at(-1)?.get('sort')).toBe('total');
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Active filters' })).not.toBeInTheDocument());
  });

  it('keeps the focus of a keyboard user who removes filters: on the chip now in its place, then on the search box', async () => {
    const first = await renderApp({ as: 'admin', path: '/orders?status=cancelled,credited&country=BE' });
    await table();
    const chips = within(screen.getByRole('group', { name: 'Active filters' }));
    chips.getByRole('button', { name: 'Remove filter Status: Cancelled, Credited' }).focus();
    await first.user.keyboard('{Enter}');
    await waitFor(() => expect(chips.getByRole('button', { name: 'Remove filter Country: Belgium' })).toHaveFocus());
    await first.user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus());
    first.unmount();

    const { user } = await renderApp({ as: 'admin', path: '/orders?country=BE', resetData: false });
    await table();
    screen.getByRole('button', { name: 'Clear filters' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus());
  });

  it('shows each chosen status whole, never cut to "Canc…": its pill keeps its width and wraps', async () => {
    await renderApp({ as: 'admin', path: '/orders?status=cancelled,credited' });
    await table();
    const status = screen.getByRole('combobox', { name: 'Status' }).closest<HTMLElement>('.mantine-MultiSelect-root')!;
    for (const name of ['Cancelled', 'Credited']) expect(within(status).getByText(name).parentElement).toHaveClass(wholePillClasses.root!);
  });

  it('names the chips in the language of the app', async () => {
    await renderApp({ as: 'admin', language: 'fr', path: '/orders?status=created&from=2026-11-01' });
    const chips = within(await screen.findByRole('group', { name: 'Filtres actifs' }));
    expect(chips.getByRole('button', { name: 'Retirer le filtre Statut : Créée' })).toBeInTheDocument();
    expect(chips.getByRole('button', { name: /^Retirer le filtre .* : 1 nov\. 2026$/ })).toBeInTheDocument();
  });

  it('keeps compact or comfortable rows as chosen on this device', async () => {
    const first = await renderApp({ as: 'admin' });
    expect(await table()).toHaveAttribute('data-density', 'compact');
    await first.user.click(screen.getByRole('radio', { name: 'Comfortable' }));
    await waitFor(async () => expect(await table()).toHaveAttribute('data-density', 'comfortable'));
    first.unmount();

    await renderApp({ as: 'admin', resetData: false });
    expect(await table()).toHaveAttribute('data-density', 'comfortable');
    expect(screen.getByRole('radio', { name: 'Comfortable' })).toBeChecked();
  });
});
