import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useListParams } from './use-list-params';

/** Changes the view twice from one render, as a click does when it lands before the first change is shown. */
function TwoQuickChanges() {
  const { update } = useListParams();
  const { search } = useLocation();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          update({ status: ['activated'] });
          update({ sort: 'total', order: 'desc' });
        }}
      >
        filter then sort
      </button>
      <button type="button" onClick={() => update({ page: 2 })}>
        next page
      </button>
      <output>{search}</output>
    </>
  );
}

describe('useListParams', () => {
  it('builds a change on the one asked for just before, even before the page shows it', async () => {
    render(
      <MemoryRouter>
        <TwoQuickChanges />
      </MemoryRouter>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'filter then sort' }));
    const shown = new URLSearchParams(screen.getByRole('status').textContent ?? '');
    expect(shown.getAll('status')).toEqual(['activated']);
    expect(shown.get('sort')).toBe('total');

    await userEvent.click(screen.getByRole('button', { name: 'next page' }));
    const paged = new URLSearchParams(screen.getByRole('status').textContent ?? '');
    expect(paged.getAll('status')).toEqual(['activated']);
    expect(paged.get('page')).toBe('2');
  });
});
