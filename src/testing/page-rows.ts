import { screen, waitFor, within } from '@testing-library/react';

const number = (text: string) => Number(text.replace(/,/g, ''));

/**
 * The body rows of a list once all of its page's are there: a list renders the rows in sight first
 * and the others a moment later. The range under the list ("1–25 of 300") says how many there are.
 */
export function pageRows(table: HTMLElement): Promise<HTMLElement[]> {
  return waitFor(() => {
    const rows = within(table).getAllByRole('row').slice(1);
    const range = screen.getByText(/^[\d,]+–[\d,]+ of [\d,]+$/).textContent ?? '';
    const [from = '', to = ''] = range.split(' of ')[0]!.split('–');
    expect(rows).toHaveLength(number(to) - number(from) + 1);
    return rows;
  });
}
