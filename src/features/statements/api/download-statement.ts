import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiDownload } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { csvQuery, useCsvFormat } from '@/lib/csv-format';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { useFormat } from '@/lib/format';
import { saveFile } from '@/lib/save-file';
import { statementApiPaths, type StatementFormat } from './api-paths';

const files: Record<StatementFormat, { extension: string; type: string }> = {
  csv: { extension: 'csv', type: 'text/csv' },
  pdf: { extension: 'pdf', type: 'application/pdf' },
  camt053: { extension: 'camt053.xml', type: 'application/xml' },
};

/** How a file is asked for: the kind of CSV, the PDF's language (the reader's). */
interface FileQuery {
  csv?: ReturnType<typeof csvQuery>;
  language?: string;
}

/** The statement as CSV, PDF or camt.053; the server's filename wins over the fallback here. */
export function downloadStatement(mode: DataMode, week: string, format: StatementFormat, { csv, language }: FileQuery = {}) {
  const query = { csv, pdf: { lang: language }, camt053: undefined }[format];
  return apiDownload(statementApiPaths.file(week, format), `statement-${week}.${files[format].extension}`, {
    mode,
    query,
    headers: { Accept: files[format].type },
  });
}

export function useDownloadStatement({ onError }: { onError?: (error: ApiError) => void } = {}) {
  const mode = useDataMode();
  const csv = csvQuery(useCsvFormat(), useFormat().spreadsheetLocale);
  const { language } = useTranslation().i18n;
  return useMutation<void, ApiError, { week: string; format: StatementFormat }>({
    mutationFn: async ({ week, format }) => saveFile(await downloadStatement(mode, week, format, { csv, language })),
    onError,
  });
}
