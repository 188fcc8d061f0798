import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { saveFile } from '@/lib/save-file';
import { statementApiPaths, type StatementFormat } from './api-paths';

/** The statement as CSV (for accounting software) or PDF (for the records). */
export function downloadStatement(mode: DataMode, week: string, format: StatementFormat) {
  return apiDownload(statementApiPaths.file(week, format), `statement-${week}.${format}`, {
    mode,
    headers: { Accept: format === 'csv' ? 'text/csv' : 'application/pdf' },
  });
}

export function useDownloadStatement({ onError }: { onError?: (error: ApiError) => void } = {}) {
  const mode = useDataMode();
  return useMutation<void, ApiError, { week: string; format: StatementFormat }>({
    mutationFn: async ({ week, format }) => saveFile(await downloadStatement(mode, week, format)),
    onError,
  });
}
