import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useLatest } from '@/lib/use-latest';
import { parseListParams, toSearchParams, type OrderListParams } from './list-params';

/**
 * The list's view state, read from and written to the URL, so that reload, back / forward and a
 * pasted link all give the same view. A change of filter or sort goes back to the first page.
 * `onChange` hears of the next view before the URL changes, so its data can be asked for while
 * the page renders it.
 */
export function useListParams({ onChange }: { onChange?: (next: OrderListParams) => void } = {}) {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseListParams(search), [search]);
  // The functions below read the URL shown through a ref and stay the same from one URL to the
  // next: the filters they are handed then render again only for a change of their own.
  const shown = useLatest({ search, params, setSearch, onChange });
  // The router renders a new URL in a transition: a second change that comes before that render
  // (a sort clicked right after a filter) builds on the view asked for, not on the one shown.
  const asked = useRef<{ shown: URLSearchParams; next: OrderListParams } | null>(null);

  const show = useCallback(
    (next: OrderListParams, replace: boolean) => {
      const { search, setSearch, onChange } = shown.current;
      asked.current = { shown: search, next };
      onChange?.(next);
      setSearch(toSearchParams(next), { replace });
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
    (change: Partial<OrderListParams>, { replace = false }: { replace?: boolean } = {}) => show(viewWith(change), replace),
    [viewWith, show],
  );

  const replaceAll = useCallback((next: OrderListParams) => show(next, false), [show]);

  return { params, update, replaceAll, viewWith };
}
