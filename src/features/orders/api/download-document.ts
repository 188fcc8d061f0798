import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { useDataMode, type DataMode } from '@/lib/data-mode';
import { saveFile } from '@/lib/save-file';
import { orderApiPaths } from './api-paths';

/** A document to download; without `language`, the API writes it in the shopper's. */
export type DocumentRef = { orderNumber: string; documentId: string; number: string; language?: string };

/** The invoice or a credit note of an order, as a PDF file. */
export function downloadDocument(mode: DataMode, { orderNumber, documentId, number, language }: DocumentRef) {
  // The API names the file by its number and language (the shopper's, when none is asked for); so
  // does the name kept should its answer give none.
  return apiDownload(orderApiPaths.document(orderNumber, documentId), language ? `${number}-${language}.pdf` : `${number}.pdf`, {
    mode,
    query: { lang: language },
    headers: { Accept: 'application/pdf' },
  });
}

export function useDownloadDocument({ onError }: { onError?: (error: ApiError) => void } = {}) {
  const mode = useDataMode();
  return useMutation<void, ApiError, DocumentRef>({
    mutationFn: async (ref) => saveFile(await downloadDocument(mode, ref)),
    onError,
  });
}
