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

/** Keeps every `update` it is handed, render after render. */
function KeptUpdates({ kept }: { kept: unknown[] }) {
  const { update } = useListParams();
  kept.push(update);
  return (
    <button type="button" onClick={() => update({ status: ['paid'] })}>
      paid only
    </button>
  );
}

describe('useListParams', () => {
  it('hands out the same functions from one URL to the next, so that memoised filters keep theirs', async () => {
    const kept: unknown[] = [];
    render(
      <MemoryRouter initialEntries={['/orders?status=created']}>
        <KeptUpdates kept={kept} />
      </MemoryRouter>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'paid only' }));
    expect(kept.length).toBeGreaterThan(1);
    expect(new Set(kept).size).toBe(1);
  });

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
