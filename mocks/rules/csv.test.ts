import { parse as parseCsv } from 'csv-parse/sync';
import { csvField, csvStream, localDateTime, money, neutraliseFormula, rfc4180, spreadsheetDialect, toCsv } from './csv';

describe('CSV', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 2]])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('quotes fields with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvField('Mulder & Bos, Architecten')).toBe('"Mulder & Bos, Architecten"');
    expect(csvField("Brass table lamp 'Clara' 12\" tall")).toBe('"Brass table lamp \'Clara\' 12"" tall"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('neutralises values a spreadsheet would run as formulas', () => {
    for (const value of ['=HYPERLINK("x")', '+31 20 123', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    }
    expect(csvField('=1+2,3')).toBe(`"'=1+2,3"`);
  });

  it('leaves plain numbers and ordinary text alone', () => {
    expect(neutraliseFormula('-12.50')).toBe('-12.50');
    expect(neutraliseFormula('PO-2026-0413')).toBe('PO-2026-0413');
    expect(csvField(-3)).toBe('-3');
  });

  it('streams the same document in chunks of rows, each made when the reader asks for it', async () => {
    const rows = Array.from({ length: 5 }, (_, index) => [`row ${index}`, index, index % 2 ? null : '=x']);
    const stream = csvStream(['a', 'b', 'c'], rows, (row) => row, { rowsPerChunk: 2 });
    const chunks: string[] = [];
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    for await (const chunk of stream) chunks.push(decoder.decode(chunk));
    expect(chunks.join('')).toBe(toCsv(['a', 'b', 'c'], rows));
    // The header, then rows 2 by 2.
    expect(chunks.map((chunk) => chunk.split('\r\n').length - 1)).toEqual([1, 2, 2, 1]);
  });

  it('makes no more rows once the reader cancels', async () => {
    let made = 0;
    const stream = csvStream(['n'], Array.from({ length: 100 }, (_, index) => index), (index) => [(made = index + 1)], { rowsPerChunk: 10 });
    const reader = stream.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(made).toBeLessThan(100);
  });
});

describe('CSV for a spreadsheet of a language', () => {
  const awkward = 'Dupont; Fils, "Ateliers"\nBruxelles';
  const rows = [[awkward, money(-1250), '=SUM(A1)', 7, null]];

  it.each([
    ['fr-BE', ';', ','],
    ['nl-BE', ';', ','],
    ['de-DE', ';', ','],
    ['en-GB', ',', '.'],
    ['de-CH', ';', '.'],
    ['fr-CH', ';', '.'],
    ['en-BE', ';', ','],
  ])('%s: fields split by "%s", amounts with a decimal "%s", read back whole by a CSV parser', (locale, separator, decimal) => {
    const dialect = spreadsheetDialect(locale);
    expect(dialect).toEqual({ separator, decimal });
    const text = toCsv(['name', 'amount', 'note', 'count', 'empty'], rows, dialect);
    const [header, row] = parseCsv(text, { bom: true, delimiter: separator }) as string[][];
    expect(header).toEqual(['name', 'amount', 'note', 'count', 'empty']);
    // The amount stays a number in the language's form; a formula is made harmless; the name survives whole.
    expect(row).toEqual([awkward, `-12${decimal}50`, "'=SUM(A1)", '7', '']);
  });

  it('never turns an amount into text, however it is signed', () => {
    expect(csvField(money(-5), spreadsheetDialect('fr-BE'))).toBe('-0,05');
    expect(csvField(money(123456), rfc4180)).toBe('1234.56');
    expect(csvField(money(0), rfc4180)).toBe('0.00');
    expect(neutraliseFormula('-12,50')).toBe('-12,50');
  });

  it("writes an instant as the merchant's wall clock reads it", () => {
    expect(localDateTime('2026-10-01T10:00:00.000Z', 'Europe/Brussels')).toBe('2026-10-01 12:00');
    expect(localDateTime('2026-12-01T10:00:00.000Z', 'Europe/Zurich')).toBe('2026-12-01 11:00');
  });
});

