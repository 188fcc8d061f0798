import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { csvQuery, useCsvFormat } from '@/lib/csv-format';
import { useFormat } from '@/lib/format';
import { saveFile } from '@/lib/save-file';
import { toApiQuery, type ActivityParams } from '../lib/activity-params';
import { activityApiPaths } from './api-paths';

/** Every item that matches the filters, not one page, as CSV of the kind asked for. */
export function exportActivity(params: ActivityParams, csv?: ReturnType<typeof csvQuery>) {
  return apiDownload(activityApiPaths.csv(), 'activity.csv', { query: { ...toApiQuery(params), ...csv }, headers: { Accept: 'text/csv' } });
}

/** Downloads the log as the CSV chosen beside it: a spreadsheet of the merchant's region, or RFC 4180. */
export function useExportActivity({ onError }: { onError?: (error: ApiError) => void } = {}) {
  const csv = csvQuery(useCsvFormat(), useFormat().spreadsheetLocale);
  return useMutation<void, ApiError, ActivityParams>({
    mutationFn: async (params) => saveFile(await exportActivity(params, csv)),
    onError: (error) => onError?.(error),
  });
}
