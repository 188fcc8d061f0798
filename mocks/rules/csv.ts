// CSV for accounting software (RFC 4180) and for spreadsheets (in the form their language opens).
import { dateTimeFormat, numberFormat } from '@/contract/intl-formats';

/** An amount in cents: written as a number in the dialect's decimal form, never as text. */
export interface CsvMoney {
  cents: number;
}

export type CsvCell = string | number | null | CsvMoney;

export const money = (cents: number): CsvMoney => ({ cents });

/** How fields and decimals are separated. */
export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
}

/** RFC 4180, for software: comma and decimal point. */
export const rfc4180: CsvDialect = { separator: ',', decimal: '.' };

/**
 * Regions whose spreadsheets take a decimal point in every language, as Swiss money is written
 * (CHF 27.19 in French too), yet separate a list's fields by `;`, as the rest of the continent does.
 */
const semicolonWithPointRegions = new Set(['CH', 'LI']);

/**
 * What a spreadsheet of `locale` opens as columns and numbers. A spreadsheet reads numbers by the
 * computer's region, whatever the language of its menus: where the region writes a decimal comma
 * (Belgium in English too), fields are separated by `;`, as those spreadsheets expect.
 */
export function spreadsheetDialect(locale: string): CsvDialect {
  const region = new Intl.Locale(locale).maximize().region ?? '';
  if (semicolonWithPointRegions.has(region)) return { separator: ';', decimal: '.' };
  const decimal = numberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.';
  return { separator: decimal === ',' ? ';' : ',', decimal };
}

const byteOrderMark = '\uFEFF';
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r']);
const plainNumber = /^-?\d+([.,]\d+)?$/;

/**
 * Spreadsheets run a cell that starts with a formula character; a leading
 * apostrophe makes it text. Plain numbers (e.g. -12.50) are data and stay as they are.
 */
export function neutraliseFormula(value: string): string {
  const first = value.charAt(0);
  return formulaTriggers.has(first) && !plainNumber.test(value) ? `'${value}` : value;
}

function moneyText(cents: number, { decimal }: CsvDialect): string {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.abs(cents);
  return `${sign}${Math.floor(whole / 100)}${decimal}${String(whole % 100).padStart(2, '0')}`;
}

export function csvField(cell: CsvCell, dialect: CsvDialect = rfc4180): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return moneyText(cell.cents, dialect);
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  const mustQuote = text.includes(dialect.separator) || /["\r\n]/.test(text);
  return mustQuote ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvRecords = (rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string =>
  rows.map((row) => `${row.map((cell) => csvField(cell, dialect)).join(dialect.separator)}\r\n`).join('');

/** A whole document: BOM so Excel reads UTF-8, CRLF line ends, a header row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], dialect: CsvDialect = rfc4180): string {
  return `${byteOrderMark}${csvRecords([header, ...rows], dialect)}`;
}

/**
 * The document `toCsv` makes, as a stream of UTF-8 chunks of `rowsPerChunk` rows. A chunk is made
 * only when the reader asks for the next one, so a long file reaches the reader as it is written
 * and stops being made when the reader cancels.
 */
export function csvStream<Item>(
  header: readonly string[],
  items: readonly Item[],
  toRow: (item: Item) => readonly CsvCell[],
  { dialect = rfc4180, rowsPerChunk = 2_000 }: { dialect?: CsvDialect; rowsPerChunk?: number } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${byteOrderMark}${csvRecords([header], dialect)}`));
    },
    pull(controller) {
      const batch = items.slice(next, next + rowsPerChunk);
      next += batch.length;
      if (batch.length > 0) controller.enqueue(encoder.encode(csvRecords(batch.map(toRow), dialect)));
      if (next >= items.length) controller.close();
    },
  });
}

/** `instant` (ISO 8601) as the wall clock of `timeZone` reads it: 2026-10-01 12:00. */
export function localDateTime(instant: string, timeZone: string): string {
  return dateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}
