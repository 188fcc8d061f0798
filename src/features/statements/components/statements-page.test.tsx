import { screen, within } from '@testing-library/react';
import { setToday } from '@mocks/rules/clock';
import { freshBackendAs, renderApp } from '@/testing/render-app';
import { atPhoneWidth, atScreenWidth } from '@/testing/screen-width';

// The tests run on 2026-11-24; the seeded orders start about nine months before.

describe('the year of the statements', () => {
  it('is picked among the years since the first money movement only', async () => {
    const { user } = await renderApp({ as: 'finance', path: '/statements' });
    await screen.findByRole('table', { name: 'Weekly statements, newest first' });
    await user.click(screen.getByRole('combobox', { name: 'Year' }));
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['2026']);
  });

  it('of an old address before the first statement is answered with the year they start in, and a way there', async () => {
    const { user, router } = await renderApp({ as: 'finance', path: '/statements?year=2024' });
    expect(await screen.findByRole('heading', { name: 'No statement for 2024: your statements start in 2026.' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 2026' }));
    expect(await screen.findByRole('table', { name: 'Weekly statements, newest first' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2026');
    expect(router.state.location.search).toBe('');
  });

  it('of a year long before any statement is answered so too, not with the current year under its address', async () => {
    await renderApp({ as: 'finance', path: '/statements?year=1999' });
    expect(await screen.findByRole('heading', { name: 'No statement for 1999: your statements start in 2026.' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show 2026' })).toBeInTheDocument();
  });
});

describe('the current year of the statements', () => {
  it("is the backend's, not the browser's: on the backend's first day of ISO 2027, the list opens on 2026's statements", async () => {
    // The browser's own clock is left as it is: only the backend's says it is 4 January 2027.
    await freshBackendAs('finance');
    setToday('2027-01-04');
    const { user } = await renderApp({ path: '/statements', resetData: false });
    // 2027's first week is running, with no statement yet: the newest is 2026's last week.
    const table = await screen.findByRole('table', { name: 'Weekly statements, newest first' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('2026-W53');
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2026');
    await user.click(screen.getByRole('combobox', { name: 'Year' }));
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['2027', '2026']);
    // 2027, asked for, says so.
    await user.click(options[0]!);
    expect(await screen.findByRole('heading', { name: 'No statement for 2027 yet.' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2027');
  });

  it('says a year still to come has no statement yet, rather than failing', async () => {
    const { user } = await renderApp({ as: 'finance', path: '/statements?year=2031', language: 'nl' });
    expect(await screen.findByRole('heading', { name: 'Nog geen afschrift voor 2031: het lopende jaar is 2026.' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '2026 tonen' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });
});

describe('the amounts of the statements', () => {
  it('never wrap, in the list nor in a statement: "-" and "€117.36" are one figure', async () => {
    await renderApp({ as: 'finance', path: '/statements' });
    const table = await screen.findByRole('table', { name: 'Weekly statements, newest first' });
    const row = within(table).getByRole('link', { name: '2026-W47' }).closest('tr')!;
    // Gross, fees, adjustments and net.
    const amounts = within(row).getAllByText(/€[\d,]+\.\d{2}$/);
    expect(amounts).toHaveLength(4);
    for (const amount of amounts) expect(amount).toHaveStyle({ whiteSpace: 'nowrap' });
  });

  it('never wrap among the movements of a statement, their sum included', async () => {
    await renderApp({ as: 'finance', path: '/statements/2026-W47' });
    const table = await screen.findByRole('table', { name: 'Movements of the week' });
    const amounts = within(table).getAllByText(/^-?€[\d,]+\.\d{2}$/);
    expect(amounts.length).toBeGreaterThan(1);
    for (const amount of amounts) expect(amount).toHaveStyle({ whiteSpace: 'nowrap' });
  });
});

describe('the clock of the statements', () => {
  it('is said above the list: days and weeks are UTC days, not local ones', async () => {
    await renderApp({ as: 'finance', path: '/statements' });
    await screen.findByRole('table', { name: 'Weekly statements, newest first' });
    expect(
      screen.getByText(
        "Days and weeks are counted in UTC, not in local time: an order activated at 00:45 on a Monday, Central European time, falls on the Sunday before, in the previous week's statement.",
      ),
    ).toBeInTheDocument();
  });
});

describe('the statements on a phone', () => {
  atPhoneWidth();

  it('are one card per week, with its dates and its net payout, and no table', async () => {
    await renderApp({ as: 'finance', path: '/statements' });
    const cards = within(await screen.findByRole('list', { name: 'Weekly statements, newest first' })).getAllByRole('listitem');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const [lastIssued] = cards;
    expect(within(lastIssued!).getByRole('link', { name: '2026-W47' })).toBeInTheDocument();
    expect(within(lastIssued!).getByText('16 Nov 2026 – 22 Nov 2026')).toBeInTheDocument();
    expect(within(lastIssued!).getByText('Net payout').nextElementSibling).toHaveTextContent(/^-?€[\d,]+\.\d{2}$/);
    expect(within(lastIssued!).getByRole('button', { name: 'Download the statement of 2026-W47 as PDF' })).toBeInTheDocument();
  });
});

describe('the statements on a laptop, 1,024 px wide', () => {
  atScreenWidth(1024);

  it("are a table of six columns, a week's count of movements under its dates and its payout date under its net", async () => {
    await renderApp({ as: 'finance', path: '/statements' });
    const table = await screen.findByRole('table', { name: 'Weekly statements, newest first' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Week', 'Gross', 'Fees', 'Adjustments', 'Net payout', 'Downloads']);
    const row = within(table).getByRole('link', { name: '2026-W47' }).closest('tr')!;
    const [week, , , , net] = within(row).getAllByRole('cell');
    // Each date is read whole, never "16 Nov" over "2026" (no-break spaces, which toHaveTextContent would make plain).
    expect(week!.textContent).toMatch(/16\u00a0Nov\u00a02026 – 22\u00a0Nov\u00a02026\d+ movements$/);
    expect(net!.textContent).toMatch(/^€[\d,]+\.\d{2}paid out on 24\u00a0Nov\u00a02026$/);
    // Still every figure and every file of the week.
    expect(within(row).getAllByText(/^-?€[\d,]+\.\d{2}$/)).toHaveLength(4);
    expect(within(row).getAllByRole('button', { name: /^Download the statement of 2026-W47 as / })).toHaveLength(3);
  });
});

describe('the statements on an upright tablet, 800 px wide', () => {
  atScreenWidth(800);

  it('are cards that show the breakdown too: gross, fees, adjustments and the count of movements', async () => {
    await renderApp({ as: 'finance', path: '/statements' });
    const list = await screen.findByRole('list', { name: 'Weekly statements, newest first' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const card = within(list).getByRole('link', { name: '2026-W47' }).closest('li')!;
    for (const label of ['Gross', 'Fees', 'Adjustments', 'Net payout']) {
      expect(within(card).getByText(label).nextElementSibling).toHaveTextContent(/^-?€[\d,]+\.\d{2}$/);
    }
    expect(within(card).getByText('Movements').nextElementSibling).toHaveTextContent(/^\d+$/);
    expect(within(card).getByRole('button', { name: 'Download the statement of 2026-W47 as camt.053 (ISO 20022 XML)' })).toBeInTheDocument();
  });
});
