import { csvField, neutraliseFormula, toCsv } from './csv';

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
});
