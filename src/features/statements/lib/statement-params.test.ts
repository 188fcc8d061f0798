import { movementSearch, parseMovementParams, parseTypeFilter, parseYearParams } from './statement-params';

describe('statement URL parameters', () => {
  const today = new Date(2026, 10, 24);

  it('reads the year and the page, defaulting to the running ISO year', () => {
    expect(parseYearParams(new URLSearchParams('year=2025&page=2'), today)).toEqual({ year: 2025, page: 2, currentYear: 2026 });
    expect(parseYearParams(new URLSearchParams(''), today)).toEqual({ year: 2026, page: 1, currentYear: 2026 });
    expect(parseYearParams(new URLSearchParams('year=2031&page=x'), today)).toEqual({ year: 2026, page: 1, currentYear: 2026 });
  });

  it('keeps only movement types it knows', () => {
    expect(parseTypeFilter(new URLSearchParams('type=fee,bogus,credit'))).toEqual(['fee', 'credit']);
    expect(parseTypeFilter(new URLSearchParams(''))).toEqual([]);
  });

  it('reads and writes the types and page of a statement, leaving out the first page and no filter', () => {
    expect(parseMovementParams(new URLSearchParams('type=fee&page=3'))).toEqual({ types: ['fee'], page: 3 });
    expect(parseMovementParams(new URLSearchParams('page=0'))).toEqual({ types: [], page: 1 });
    expect(movementSearch({ types: ['fee', 'credit'], page: 2 }).toString()).toBe('type=fee%2Ccredit&page=2');
    expect(movementSearch({ types: [], page: 1 }).toString()).toBe('');
  });
});
