import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { saveFile } from '@/lib/save-file';
import { toApiQuery, type OrderListParams } from '../lib/list-params';
import { orderApiPaths } from './api-paths';

/** Every order matching the list's filters, in the list's order, as CSV; paging does not apply. */
export function exportOrders(mode: DataMode, params: OrderListParams) {
  const { page: _page, pageSize: _pageSize, ...query } = toApiQuery(params);
  return apiDownload(orderApiPaths.export(), `orders-${mode}.csv`, {
    mode,
    query,
    headers: { Accept: 'text/csv' },
  });
}

export function useExportOrders({ onError }: { onError?: (error: ApiError) => void } = {}) {
  const mode = useDataMode();
  return useMutation<void, ApiError, OrderListParams>({
    mutationFn: async (params) => saveFile(await exportOrders(mode, params)),
    onError,
  });
}
