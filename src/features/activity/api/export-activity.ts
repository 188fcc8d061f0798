import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { saveFile } from '@/lib/save-file';
import { toApiQuery, type ActivityParams } from '../lib/activity-params';
import { activityApiPaths } from './api-paths';

/** Every item that matches the filters, not one page, as CSV. */
export function exportActivity(params: ActivityParams) {
  return apiDownload(activityApiPaths.csv(), 'activity.csv', { query: toApiQuery(params), headers: { Accept: 'text/csv' } });
}

export function useExportActivity({ onError }: { onError?: (error: ApiError) => void } = {}) {
  return useMutation<void, ApiError, ActivityParams>({
    mutationFn: async (params) => saveFile(await exportActivity(params)),
    onError: (error) => onError?.(error),
  });
}
