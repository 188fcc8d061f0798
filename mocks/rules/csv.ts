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
