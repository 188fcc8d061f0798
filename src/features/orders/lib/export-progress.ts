import { rowCountHeader } from '@/contract/common';

/** How far a CSV export is: rows received, out of the total the server announced (null if it did not). */
export type ExportProgress = { rows: number; total: number | null };

const lineFeed = 0x0a;

/**
 * Counts the rows of a CSV download as its chunks arrive: each line end closes a row, and the
 * first row is the header. A line break typed inside a quoted field would count once too often,
 * so the count never passes the announced total.
 */
export function exportProgressCounter() {
  let lineEnds = 0;
  return (chunk: Uint8Array, headers: Headers): ExportProgress => {
    // indexOf is native: counting a 20 MB export byte by byte took about 200 ms of the page's time.
    for (let at = chunk.indexOf(lineFeed); at !== -1; at = chunk.indexOf(lineFeed, at + 1)) lineEnds += 1;
    const announced = Number(headers.get(rowCountHeader) ?? Number.NaN);
    const total = Number.isInteger(announced) && announced >= 0 ? announced : null;
    const rows = Math.max(0, lineEnds - 1);
    return { rows: total === null ? rows : Math.min(rows, total), total };
  };
}
