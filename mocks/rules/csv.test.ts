import { csvField, csvStream, neutraliseFormula, toCsv } from './csv';

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
    const stream = csvStream(['a', 'b', 'c'], rows, (row) => row, 2);
    const chunks: string[] = [];
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    for await (const chunk of stream) chunks.push(decoder.decode(chunk));
    expect(chunks.join('')).toBe(toCsv(['a', 'b', 'c'], rows));
    // The header, then rows 2 by 2.
    expect(chunks.map((chunk) => chunk.split('\r\n').length - 1)).toEqual([1, 2, 2, 1]);
  });

  it('makes no more rows once the reader cancels', async () => {
    let made = 0;
    const stream = csvStream(['n'], Array.from({ length: 100 }, (_, index) => index), (index) => [(made = index + 1)], 10);
    const reader = stream.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(made).toBeLessThan(100);
  });
});
