import { parse } from 'csv-parse/sync';
import type { Answer } from './api';
import { CheckFailed, ensure, expectStatus } from './suite';

// Downloads: what a spreadsheet or a PDF reader needs of them.

const byteOrderMark = [0xef, 0xbb, 0xbf];

export function hasByteOrderMark(answer: Answer): boolean {
  return byteOrderMark.every((byte, index) => answer.bytes[index] === byte);
}

/** A 200 CSV download: its rows, the header first. */
export function csvRows(answer: Answer): string[][] {
  expectStatus(answer, 200);
  ensure(answer.contentType === 'text/csv', `${answer.call}: Content-Type ${answer.contentType}, not text/csv`);
  let rows: string[][];
  try {
    rows = parse(answer.text()) as string[][];
  } catch (error) {
    throw new CheckFailed(`${answer.call}: not CSV (${error instanceof Error ? error.message : String(error)})`);
  }
  const [header] = rows;
  ensure(header && header.length > 1 && header.every((name) => /^[A-Za-z][\w ]*$/.test(name)), `${answer.call}: the first row is no header row: ${header?.join(',')}`);
  return rows;
}

/** A 200 PDF download. */
export function expectPdf(answer: Answer): void {
  expectStatus(answer, 200);
  ensure(answer.contentType === 'application/pdf', `${answer.call}: Content-Type ${answer.contentType}, not application/pdf`);
  ensure(new TextDecoder().decode(answer.bytes.slice(0, 5)) === '%PDF-', `${answer.call}: the body does not start with %PDF-`);
  ensure(answer.headers.get('Content-Disposition')?.startsWith('attachment'), `${answer.call}: no Content-Disposition: attachment`);
}
