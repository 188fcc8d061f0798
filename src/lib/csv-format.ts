import { useSyncExternalStore } from 'react';
import type { CsvFormat } from '@/contract/common';
import { keepText } from '@/lib/stored-json';

// The kind of CSV the user downloads, remembered on this device: a spreadsheet in their language
// (the default, for people), or RFC 4180 (for software).

const storageKey = 'comptoir.csv-format';
const listeners = new Set<() => void>();
// A choice the storage refused to keep (full) holds for this page.
let unkeptChoice: CsvFormat | null = null;

function read(): CsvFormat {
  return (unkeptChoice ?? localStorage.getItem(storageKey)) === 'rfc4180' ? 'rfc4180' : 'excel';
}

export function setCsvFormat(format: CsvFormat): void {
  unkeptChoice = keepText(localStorage, storageKey, format) ? null : format;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCsvFormat(): CsvFormat {
  return useSyncExternalStore(subscribe, read, read);
}

/** The query a CSV download sends: the kind, and for a spreadsheet the user's language and region. */
export function csvQuery(format: CsvFormat, locale: string): { format: CsvFormat; locale?: string } {
  return format === 'excel' ? { format, locale } : { format };
}
