import { exportProgressCounter } from './export-progress';

const bytes = (text: string) => new TextEncoder().encode(text);
const announcing = (total: string | null) => new Headers(total === null ? {} : { 'Comptoir-Row-Count': total });

describe('exportProgressCounter', () => {
  it('counts the rows after the header as the chunks come in, out of the announced total', () => {
    const count = exportProgressCounter();
    const headers = announcing('3');
    expect(count(bytes('\uFEFForderNumber,total\r\n'), headers)).toEqual({ rows: 0, total: 3 });
    expect(count(bytes('1000001,12.50\r\n1000'), headers)).toEqual({ rows: 1, total: 3 });
    expect(count(bytes('002,3.00\r\n1000003,"two\r\nlines"\r\n'), headers)).toEqual({ rows: 3, total: 3 });
  });

  it('has no total when the server announced none or something that is not a count', () => {
    expect(exportProgressCounter()(bytes('h\r\n1\r\n'), announcing(null))).toEqual({ rows: 1, total: null });
    expect(exportProgressCounter()(bytes('h\r\n1\r\n'), announcing('many'))).toEqual({ rows: 1, total: null });
  });
});
