import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { renderApp } from '@/testing/render-app';
import { queriesSeen } from '@/testing/requests-seen';

/** The list requests the app sends, as the handlers see them. */
const listRequests = () => queriesSeen('/api/orders');

describe('the orders list filters', () => {
  it('says next to the dates that the range is inverted, without asking the API or breaking the list', async () => {
    const requests = listRequests();
    await renderApp({ as: 'admin', path: '/orders?from=2026-11-10&to=2026-11-01' });
    expect(await screen.findByText('The start date is after the end date.')).toBeInTheDocument();
    expect(screen.getByLabelText('Order date to')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { name: 'Correct the filters marked above to see the orders.' })).toBeInTheDocument();
    expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it.each([
    ['fr', 'La date de début est postérieure à la date de fin.'],
    ['nl', 'De begindatum ligt na de einddatum.'],
    ['de', 'Das Startdatum liegt nach dem Enddatum.'],
  ] as const)('says so in %s too', async (language, message) => {
    await renderApp({ as: 'admin', language, path: '/orders?from=2026-11-10&to=2026-11-01' });
    expect(await screen.findByText(message)).toBeInTheDocument();
  });

  it('keeps a date typed digit by digit and filters only once the date is whole', async () => {
    const requests = listRequests();
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    await screen.findByText(/^1–25 of/);
    await user.click(screen.getByRole('button', { name: 'More filters' }));
    const from = await screen.findByRole('textbox', { name: 'Order date from' });
    // The field as the year is typed, in the order English writes a date; and a year that is none yet.
    for (const value of ['10/10/2', '10/10/20', '10/10/202', '10/10/0202', '10/10/2026']) fireEvent.change(from, { target: { value } });
    expect(from).toHaveValue('10/10/2026');
    await waitFor(() => expect(requests.at(-1)?.get('from')).toBe('2026-10-10'));
    expect(requests.map((request) => request.get('from')).filter((value) => value?.startsWith('0'))).toEqual([]);
  });

  it.each([
    ['31/02/2026', 'No such day: that month has 28 days.'],
    ['13/13/2026', 'Not a date: use DD/MM/YYYY'],
    ['1/12/26', 'Not a date: use DD/MM/YYYY'],
  ])('says next to the field that %s is no date, and why, keeps it as typed, and lists nothing until it is corrected', async (typed, why) => {
    const requests = listRequests();
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    await screen.findByText(/^1–25 of/);
    await user.click(screen.getByRole('button', { name: 'More filters' }));
    for (const name of ['Order date from', 'Credited since']) {
      const field = await screen.findByRole('textbox', { name });
      await user.type(field, typed);
      await user.tab();
      expect(field).toHaveValue(typed);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(expect.stringContaining(why));
    }
    expect(requests.filter((request) => request.has('from') || request.has('creditedSince'))).toEqual([]);
    // The orders shown would not be those the fields say: the list and the export wait.
    expect(screen.getByRole('heading', { name: 'Correct the filters marked above to see the orders.' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Orders matching the filters' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('stops filtering by a date changed into text that is no date, and filters by it once corrected', async () => {
    const requests = listRequests();
    const { user } = await renderApp({ as: 'admin', path: '/orders?from=2026-10-01' });
    // Its count of the active filters it holds is part of the button's name.
    await user.click(await screen.findByRole('button', { name: /More filters/ }));
    const from = await screen.findByRole('textbox', { name: 'Order date from' });
    expect(from).toHaveValue('01/10/2026');
    expect(await screen.findByRole('table', { name: 'Orders matching the filters' })).toBeInTheDocument();
    await user.clear(from);
    await user.type(from, '31/11/2026');
    await user.tab();
    expect(await screen.findByRole('heading', { name: 'Correct the filters marked above to see the orders.' })).toBeInTheDocument();
    expect(from).toHaveValue('31/11/2026');

    await user.clear(from);
    await user.type(from, '30/11/2026');
    expect(await screen.findByRole('table', { name: 'Orders matching the filters' })).toBeInTheDocument();
    expect(requests.at(-1)?.get('from')).toBe('2026-11-30');
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });

  it('empties a date field holding no date when the filters are cleared, and lists every order again', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    await screen.findByText(/^1–25 of/);
    await user.click(screen.getByRole('button', { name: 'More filters' }));
    await user.type(await screen.findByRole('textbox', { name: 'Order date to' }), '31/11/2026');
    await user.tab();
    await user.click(await screen.findByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('table', { name: 'Orders matching the filters' })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Order date to' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Order date to' })).not.toHaveAttribute('aria-invalid');
  });

  it('marks an unreadable date in the order the chosen language writes dates, until it reads as one', async () => {
    const requests = listRequests();
    const { user } = await renderApp({ as: 'admin', language: 'de', path: '/orders' });
    await user.click(await screen.findByRole('button', { name: /Weitere Filter/ }));
    const to = await screen.findByRole('textbox', { name: 'Bestellt bis' });
    await user.type(to, '2026-31-02');
    await user.tab();
    expect(await screen.findByText('Kein Datum: Verwenden Sie TT.MM.JJJJ')).toBeInTheDocument();
    await user.clear(to);
    await user.type(to, '31.02.2026');
    await user.tab();
    // Written right, and no day of February: said so.
    expect(await screen.findByText('Diesen Tag gibt es nicht: Der Monat hat 28 Tage.')).toBeInTheDocument();
    await user.clear(to);
    await user.type(to, '28.02.2026');
    expect(screen.queryByText('Kein Datum: Verwenden Sie TT.MM.JJJJ')).not.toBeInTheDocument();
    expect(screen.queryByText(/Diesen Tag gibt es nicht/)).not.toBeInTheDocument();
    await waitFor(() => expect(requests.at(-1)?.get('to')).toBe('2026-02-28'));
    // Written with another of the usual separators, it reads as well.
    await user.clear(to);
    await user.type(to, '27/02/2026');
    await user.tab();
    await waitFor(() => expect(requests.at(-1)?.get('to')).toBe('2026-02-27'));
    expect(screen.queryByText('Kein Datum: Verwenden Sie TT.MM.JJJJ')).not.toBeInTheDocument();
  });

  it('reads a Dutch date written with hyphens, as the Netherlands write it', async () => {
    const requests = listRequests();
    const { user } = await renderApp({ as: 'admin', language: 'nl', path: '/orders' });
    await user.click(await screen.findByRole('button', { name: /Meer filters/ }));
    const from = await screen.findByRole('textbox', { name: /Besteld vanaf|Besteld van/ });
    await user.type(from, '1-2-2026');
    await user.tab();
    await waitFor(() => expect(requests.at(-1)?.get('from')).toBe('2026-02-01'));
    expect(from).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('writes the dates of the URL the way the chosen language does', async () => {
    const { user } = await renderApp({ as: 'admin', language: 'de', path: '/orders?from=2026-11-01&to=2026-11-10' });
    await user.click(await screen.findByRole('button', { name: /Weitere Filter/ }));
    expect(await screen.findByDisplayValue('01.11.2026')).toBeInTheDocument();
    expect(screen.getByDisplayValue('10.11.2026')).toBeInTheDocument();
  });

  it('shows the list again once the range is cleared', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?from=2026-11-10&to=2026-11-01' });
    await screen.findByText('The start date is after the end date.');
    const clearButtons = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clearButtons[clearButtons.length - 1]!);
    expect(await screen.findByRole('table', { name: 'Orders matching the filters' })).toBeInTheDocument();
    expect(screen.queryByText('The start date is after the end date.')).not.toBeInTheDocument();
  });

  it('shows the filters the API refuses next to them rather than a generic error', async () => {
    server.use(
      http.get('*/api/orders', () =>
        HttpResponse.json(
          { type: 'https://comptoir.example/problems/invalid-values', title: 'Invalid values', status: 422, detail: 'Some values are not valid.', errors: { country: ['Unknown value XX.'] } },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await renderApp({ as: 'admin', path: '/orders?country=BE' });
    expect(await screen.findByText('Some of the chosen values were refused.')).toBeInTheDocument();
    expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Correct the filters marked above to see the orders.' })).toBeInTheDocument();
  });

  it('keeps an "expires within" value above 62 as typed and says what is allowed', async () => {
    const requests = listRequests();
    const { user } = await renderApp({ as: 'admin' });
    await screen.findByRole('table', { name: 'Orders matching the filters' });
    await user.click(screen.getByRole('button', { name: 'More filters' }));
    const input = await screen.findByRole('textbox', { name: 'Expires within (days)' });
    await user.type(input, '75');
    expect(input).toHaveValue('75');
    expect(await screen.findByText('Enter a whole number of days from 0 to 62.')).toBeInTheDocument();
    expect(requests.some((search) => search.get('expiresWithinDays') === '75')).toBe(false);

    await user.clear(input);
    await user.type(input, '5');
    await waitFor(() => expect(requests.at(-1)?.get('expiresWithinDays')).toBe('5'));
    expect(screen.queryByText('Enter a whole number of days from 0 to 62.')).not.toBeInTheDocument();
  });

  it.each([
    ['Expires within (days)', 'expiresWithinDays', 'Enter a whole number of days from 0 to 62.'],
    ['Overdue by more than (days)', 'overdueByMoreThanDays', 'Enter a whole number of days from 0 to 3650.'],
  ])('keeps 7.5 and -1 in "%s" as typed, says what is allowed, and applies neither', async (name, param, message) => {
    const requests = listRequests();
    const { user } = await renderApp({ as: 'admin' });
    await screen.findByRole('table', { name: 'Orders matching the filters' });
    await user.click(screen.getByRole('button', { name: 'More filters' }));
    const input = await screen.findByRole('textbox', { name });
    for (const typed of ['7.5', '-1']) {
      await user.clear(input);
      await user.type(input, typed);
      await user.tab();
      expect(input).toHaveValue(typed);
      expect(await screen.findByText(message)).toBeInTheDocument();
    }
    // Only the 7 on its way to 7.5 was asked for: never 75 or 1, the values the field once made of them.
    expect(new Set(requests.flatMap((search) => search.get(param) ?? []))).toEqual(new Set(['7']));
  });

  it('takes a search up to the length the API reads, keeping what was typed rather than falling back to every order', async () => {
    const requests = listRequests();
    const { user } = await renderApp({ as: 'support', path: '/orders' });
    const search = await screen.findByRole('textbox', { name: 'Search' });
    const long = `Claes ${'y'.repeat(200)}`;
    await user.click(search);
    await user.paste(long);
    await user.type(search, 'z');
    expect(search).toHaveValue(long.slice(0, 200));
    await waitFor(() => expect(requests.at(-1)?.get('q')).toBe(long.slice(0, 200)));
    expect(await screen.findByRole('heading', { name: 'No order matches' })).toBeInTheDocument();
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });

  it('shows the last page for a page past it, and asks for that page', async () => {
    const requests = listRequests();
    await renderApp({ as: 'admin', path: '/orders?page=999' });
    expect(await screen.findByText(/^276–300 of 300$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Page 12' })).toHaveAttribute('data-active', 'true');
    expect(requests.at(-1)?.get('page')).toBe('12');
  });

  it('sorts by days left with the most urgent first on the first press', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders?status=created' });
    await screen.findByRole('table', { name: 'Orders matching the filters' });
    await user.click(screen.getByRole('button', { name: /^Expires in/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Expires in/ })).toHaveAttribute('aria-sort', 'ascending'));
    const table = await screen.findByRole('table', { name: 'Orders matching the filters' });
    await waitFor(() => expect(table.closest('[data-stale], [aria-busy="true"]')).toBeNull());
    const days = within(table)
      .getAllByText(/days? left|Expires today/)
      .map((badge) => (badge.textContent?.startsWith('Expires today') ? 0 : Number.parseInt(badge.textContent ?? '', 10)));
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });
});
