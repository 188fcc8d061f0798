import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { afterNextPaint } from '@/lib/after-next-paint';
import { useLatest } from '@/lib/use-latest';
import { rememberListSearch } from './list-address';
import { parseListParams, toSearchParams, type OrderListParams } from './list-params';

/**
 * How long a change waits for its list before the URL shows it. The filters and the rows then
 * change together, and the backend answers while the page is idle instead of while it renders the
 * new filters. A slower answer is waited for with the new filters on screen.
 */
export const waitForListMs = 100;

export type ChangeOptions = {
  /** Replaces the address in the history instead of adding one. */
  replace?: boolean;
  /** A value typed into a field that shows the URL's: the URL follows at once, never behind the keys. */
  typed?: boolean;
};

type Options = {
  /**
   * Hears of the next view before the URL changes, so that its list can be asked for at once. A
   * promise returned is the list on its way: the URL waits for it, up to `waitForListMs`. Without
   * one the list is at hand, and the URL changes as soon as the click's own frame is painted.
   */
  onChange?: (next: OrderListParams) => Promise<unknown> | undefined;
};

/**
 * The list's view state, read from and written to the URL, so that reload, back / forward and a
 * pasted link all give the same view. A change of filter or sort goes back to the first page.
 */
export function useListParams({ onChange }: Options = {}) {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseListParams(search), [search]);
  useEffect(() => rememberListSearch(search), [search]);
  // The functions below read the URL shown through a ref and stay the same from one URL to the
  // next: the filters they are handed then render again only for a change of their own.
  const shown = useLatest({ search, params, setSearch, onChange });
  // A new URL shows once its list has come, and the router renders it in a transition: a second
  // change that comes before (a sort clicked right after a filter) builds on the view asked for.
  const asked = useRef<{ shown: URLSearchParams; next: OrderListParams } | null>(null);

  // Each change asked for gets a number; one still waiting for its list is dropped once a later
  // change, leaving the page, or another address than this hook's own (back, a link) comes first.
  const changes = useRef(0);
  const lastSent = useRef<string | null>(null);
  useEffect(
    () => () => {
      changes.current++;
    },
    [],
  );

  const show = useCallback(
    (next: OrderListParams, { replace = false, typed = false }: ChangeOptions) => {
      const { search, onChange } = shown.current;
      asked.current = { shown: search, next };
      const change = ++changes.current;
      const askedFrom = search.toString();
      const go = () => {
        // The previous change may still be rendering when this one was asked, or already shown.
        const now = shown.current.search.toString();
        if (change !== changes.current || (now !== askedFrom && now !== lastSent.current)) return;
        changes.current++;
        const target = toSearchParams(next);
        lastSent.current = target.toString();
        shown.current.setSearch(target, { replace });
      };
      const list = onChange?.(next);
      if (typed) return go();
      // A list already at hand renders once the click's own frame is painted, not before it.
      if (!list) return afterNextPaint(go);
      void list.then(go, go);
      window.setTimeout(go, waitForListMs);
    },
    [shown],
  );

  /** The view `change` leads to, without showing it. */
  const viewWith = useCallback(
    (change: Partial<OrderListParams>): OrderListParams => {
      const { search, params } = shown.current;
      const current = asked.current?.shown === search ? asked.current.next : params;
      const keepsPage = Object.keys(change).every((key) => key === 'page');
      return { ...current, ...change, page: keepsPage ? (change.page ?? current.page) : 1 };
    },
    [shown],
  );

  const update = useCallback(
    (change: Partial<OrderListParams>, options: ChangeOptions = {}) => show(viewWith(change), options),
    [viewWith, show],
  );

  const replaceAll = useCallback((next: OrderListParams) => show(next, {}), [show]);

  return { params, update, replaceAll, viewWith };
}
