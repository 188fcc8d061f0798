// RFC 4180 CSV for spreadsheets and accounting software.

export type CsvCell = string | number | null;

const byteOrderMark = '\uFEFF';
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r']);
const plainNumber = /^-?\d+(\.\d+)?$/;

/**
 * Spreadsheets run a cell that starts with a formula character; a leading
 * apostrophe makes it text. Plain numbers (e.g. -12.50) are data and stay as they are.
 */
export function neutraliseFormula(value: string): string {
  const first = value.charAt(0);
  return formulaTriggers.has(first) && !plainNumber.test(value) ? `'${value}` : value;
}

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole document: BOM so Excel reads UTF-8, CRLF line ends, a header row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}

const csvRecords = (rows: readonly (readonly CsvCell[])[]): string => rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');

/**
 * The document `toCsv` makes, as a stream of UTF-8 chunks of `rowsPerChunk` rows. A chunk is made
 * only when the reader asks for the next one, so a long file reaches the reader as it is written
 * and stops being made when the reader cancels.
 */
export function csvStream<Item>(
  header: readonly string[],
  items: readonly Item[],
  toRow: (item: Item) => readonly CsvCell[],
  rowsPerChunk = 2_000,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${byteOrderMark}${csvRecords([header])}`));
    },
    pull(controller) {
      const batch = items.slice(next, next + rowsPerChunk);
      next += batch.length;
      if (batch.length > 0) controller.enqueue(encoder.encode(csvRecords(batch.map(toRow))));
      if (next >= items.length) controller.close();
    },
  });
}
