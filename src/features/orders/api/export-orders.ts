import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { apiDownload, type DownloadOptions } from '@/lib/api-client';
import { isAbort, type ApiError } from '@/lib/api-error';
import { csvQuery, useCsvFormat } from '@/lib/csv-format';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { useFormat } from '@/lib/format';
import { saveFile } from '@/lib/save-file';
import { exportProgressCounter, type ExportProgress } from '../lib/export-progress';
import { toApiQuery, type OrderListParams } from '../lib/list-params';
import { orderApiPaths } from './api-paths';

type ExportOptions = Pick<DownloadOptions, 'onChunk' | 'signal'> & { csv?: ReturnType<typeof csvQuery> };

/** Every order matching the list's filters, in the list's order, as CSV of the kind asked for; paging does not apply. */
export function exportOrders(mode: DataMode, params: OrderListParams, { csv, ...options }: ExportOptions = {}) {
  const { page: _page, pageSize: _pageSize, ...query } = toApiQuery(params);
  return apiDownload(orderApiPaths.export(), `orders-${mode}.csv`, {
    ...options,
    mode,
    query: { ...query, ...csv },
    headers: { Accept: 'text/csv' },
  });
}

/**
 * Exports the list to a CSV file, saying how many rows are in while it downloads; `cancel` stops
 * it. A cancelled export is not a failure: `onError` hears only of real ones.
 */
export function useExportOrders({ onError }: { onError?: (error: ApiError) => void } = {}) {
  const mode = useDataMode();
  const csv = csvQuery(useCsvFormat(), useFormat().spreadsheetLocale);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const running = useRef<AbortController | null>(null);
  const mutation = useMutation<void, ApiError, OrderListParams>({
    mutationFn: async (params) => {
      const controller = new AbortController();
      running.current = controller;
      const count = exportProgressCounter();
      setProgress({ rows: 0, total: null });
      try {
        const file = await exportOrders(mode, params, { csv, signal: controller.signal, onChunk: (chunk, headers) => setProgress(count(chunk, headers)) });
        saveFile(file);
      } finally {
        running.current = null;
        setProgress(null);
      }
    },
    onError: (error) => {
      if (!isAbort(error)) onError?.(error);
    },
  });
  return { start: mutation.mutate, cancel: () => running.current?.abort(), isPending: mutation.isPending, progress };
}
