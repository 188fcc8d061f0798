import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paintWaitLimitMs } from '@/lib/after-next-paint';
import { useListParams, waitForListMs } from './use-list-params';

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

/** Lists on their way, which come when the test says. */
function listsOnTheirWay() {
  const waiting: Array<() => void> = [];
  return {
    next: () => new Promise<void>((resolve) => waiting.push(resolve)),
    come: (index: number) => act(async () => waiting[index]!()),
  };
}

/** A filter and a sort that wait for their list before the URL shows them (none when `list` gives none: it is at hand). */
function WaitingChanges({ list }: { list: () => Promise<void> | undefined }) {
  const { update } = useListParams({ onChange: list });
  const { search } = useLocation();
  return (
    <>
      <button type="button" onClick={() => update({ status: ['created'] })}>
        created only
      </button>
      <button type="button" onClick={() => update({ sort: 'total', order: 'desc' })}>
        by total
      </button>
      <button type="button" onClick={() => update({ overdueByMoreThanDays: 3 }, { typed: true })}>
        type 3
      </button>
      <output>{search}</output>
    </>
  );
}

const renderWaiting = (list: () => Promise<void> | undefined) =>
  render(
    <MemoryRouter>
      <WaitingChanges list={list} />
    </MemoryRouter>,
  );

const shownView = () => new URLSearchParams(screen.getByRole('status').textContent ?? '');

describe('useListParams, waiting for the next list', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  const press = (name: string) => act(() => fireEvent.click(screen.getByRole('button', { name })));

  it('shows a change with its list, once the list has come', async () => {
    const lists = listsOnTheirWay();
    renderWaiting(lists.next);
    press('created only');
    await act(async () => {});
    expect(shownView().getAll('status')).toEqual([]);
    await lists.come(0);
    expect(shownView().getAll('status')).toEqual(['created']);
  });

  it('shows a change whose list is slow after a moment, without waiting for it', () => {
    renderWaiting(() => new Promise(() => {}));
    press('created only');
    act(() => vi.advanceTimersByTime(waitForListMs - 1));
    expect(shownView().getAll('status')).toEqual([]);
    act(() => vi.advanceTimersByTime(1));
    expect(shownView().getAll('status')).toEqual(['created']);
  });

  it('never shows a change that a later one, still waiting, built on', async () => {
    const lists = listsOnTheirWay();
    renderWaiting(lists.next);
    press('created only');
    press('by total');
    await lists.come(0);
    expect(shownView().get('sort')).toBeNull();
    await lists.come(1);
    expect(shownView().getAll('status')).toEqual(['created']);
    expect(shownView().get('sort')).toBe('total');
    act(() => vi.advanceTimersByTime(waitForListMs));
    expect(shownView().get('sort')).toBe('total');
  });

  it('shows a change asked while the one before it was not yet on screen', async () => {
    const lists = listsOnTheirWay();
    renderWaiting(lists.next);
    // One batch: the typed value is sent at once, but not yet rendered when the sort is asked for.
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'type 3' }));
      fireEvent.click(screen.getByRole('button', { name: 'by total' }));
    });
    expect(shownView().get('overdueByMoreThanDays')).toBe('3');
    await lists.come(1);
    expect(shownView().get('overdueByMoreThanDays')).toBe('3');
    expect(shownView().get('sort')).toBe('total');
  });

  it('shows a typed value at once, so that the field showing it never falls behind the keys', () => {
    renderWaiting(() => new Promise(() => {}));
    press('type 3');
    expect(shownView().get('overdueByMoreThanDays')).toBe('3');
  });

  it('drops a change still waiting when the user goes to another page', () => {
    function Address() {
      const { pathname, search } = useLocation();
      return <p>{`at ${pathname}${search}`}</p>;
    }
    render(
      <MemoryRouter initialEntries={['/orders']}>
        <Routes>
          <Route path="/orders" element={<WaitingChanges list={() => new Promise(() => {})} />} />
          <Route path="/statements" element={null} />
        </Routes>
        <Link to="/statements">Statements</Link>
        <Address />
      </MemoryRouter>,
    );
    press('created only');
    act(() => fireEvent.click(screen.getByRole('link', { name: 'Statements' })));
    act(() => vi.advanceTimersByTime(waitForListMs));
    expect(screen.getByText(/^at /)).toHaveTextContent('at /statements');
    expect(screen.getByText(/^at /)).not.toHaveTextContent('status');
  });
});

describe('useListParams, with the list already at hand', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("shows the change once the click's own frame is painted, not while the click is handled", () => {
    renderWaiting(() => undefined);
    act(() => fireEvent.click(screen.getByRole('button', { name: 'created only' })));
    expect(shownView().getAll('status')).toEqual([]);
    act(() => vi.advanceTimersToNextFrame());
    expect(shownView().getAll('status')).toEqual([]);
    // The task the frame queued.
    act(() => vi.advanceTimersByTime(1));
    expect(shownView().getAll('status')).toEqual(['created']);
  });

  it('shows the change after a moment in a tab that paints no frame', () => {
    // A hidden tab: the browser calls no frame callback.
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    renderWaiting(() => undefined);
    act(() => fireEvent.click(screen.getByRole('button', { name: 'created only' })));
    act(() => vi.advanceTimersByTime(paintWaitLimitMs - 1));
    expect(shownView().getAll('status')).toEqual([]);
    act(() => vi.advanceTimersByTime(1));
    expect(shownView().getAll('status')).toEqual(['created']);
  });
});

describe('useListParams', () => {
  it('hands out the same functions from one URL to the next, so that memoised filters keep theirs', async () => {
    const kept: unknown[] = [];
    render(
      <MemoryRouter initialEntries={['/orders?status=created']}>
        <KeptUpdates kept={kept} />
      </MemoryRouter>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'paid only' }));
    await waitFor(() => expect(kept.length).toBeGreaterThan(1));
    expect(new Set(kept).size).toBe(1);
  });

  it('builds a change on the one asked for just before, even before the page shows it', async () => {
    render(
      <MemoryRouter>
        <TwoQuickChanges />
      </MemoryRouter>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'filter then sort' }));
    await waitFor(() => expect(shownView().get('sort')).toBe('total'));
    expect(shownView().getAll('status')).toEqual(['activated']);

    await userEvent.click(screen.getByRole('button', { name: 'next page' }));
    await waitFor(() => expect(shownView().get('page')).toBe('2'));
    expect(shownView().getAll('status')).toEqual(['activated']);
  });
});
