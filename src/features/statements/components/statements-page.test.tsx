import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';

// The tests run on 2026-11-24; the seeded orders start about nine months before.

describe('the year of the statements', () => {
  it('is picked among the years since the first money movement only', async () => {
    const { user } = await renderApp({ as: 'finance', path: '/statements' });
    await screen.findByRole('table', { name: 'Weekly statements, newest first' });
    await user.click(screen.getByRole('combobox', { name: 'Year' }));
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['2026']);
  });

  it('of an old address before the first statement is answered with the year they start in', async () => {
    await renderApp({ as: 'finance', path: '/statements?year=2024' });
    expect(await screen.findByRole('heading', { name: 'No statement for 2024: your statements start in 2026.' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
