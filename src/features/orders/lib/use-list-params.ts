import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseListParams, toSearchParams, type OrderListParams } from './list-params';

/**
 * The list's view state, read from and written to the URL, so that reload, back / forward and a
 * pasted link all give the same view. A change of filter or sort goes back to the first page.
 */
export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseListParams(search), [search]);

  const update = useCallback(
    (change: Partial<OrderListParams>, { replace = false }: { replace?: boolean } = {}) => {
      const keepsPage = Object.keys(change).every((key) => key === 'page');
      const next = { ...params, ...change, page: keepsPage ? (change.page ?? params.page) : 1 };
      setSearch(toSearchParams(next), { replace });
    },
    [params, setSearch],
  );

  const replaceAll = useCallback(
    (next: OrderListParams) => setSearch(toSearchParams(next)),
    [setSearch],
  );

  return { params, update, replaceAll };
}
