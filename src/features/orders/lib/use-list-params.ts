import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
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

  const update = useCallback(
    (change: Partial<OrderListParams>, { replace = false }: { replace?: boolean } = {}) => {
      const keepsPage = Object.keys(change).every((key) => key === 'page');
      const next = { ...params, ...change, page: keepsPage ? (change.page ?? params.page) : 1 };
      onChange?.(next);
      setSearch(toSearchParams(next), { replace });
    },
    [params, setSearch, onChange],
  );

  const replaceAll = useCallback(
    (next: OrderListParams) => {
      onChange?.(next);
      setSearch(toSearchParams(next));
    },
    [setSearch, onChange],
  );

  return { params, update, replaceAll };
}
