import { defaultStatementYear, movementSearch, parseMovementParams, parseTypeFilter, parseYearParams } from './statement-params';

describe('statement URL parameters', () => {
  it('reads the year and the page; no year, or one that is none, means the current year', () => {
    expect(parseYearParams(new URLSearchParams('year=2025&page=2'))).toEqual({ year: 2025, page: 2 });
    expect(parseYearParams(new URLSearchParams(''))).toEqual({ year: null, page: 1 });
    expect(parseYearParams(new URLSearchParams('year=2031&page=x'))).toEqual({ year: 2031, page: 1 });
    // A year before the statements start is a year: the page says there is no statement for it.
    expect(parseYearParams(new URLSearchParams('year=1999'))).toEqual({ year: 1999, page: 1 });
    expect(parseYearParams(new URLSearchParams('year=0'))).toEqual({ year: null, page: 1 });
    expect(parseYearParams(new URLSearchParams('year=twenty'))).toEqual({ year: null, page: 1 });
  });

  it('opens the list on the current year, or on the last one while the current has no statement yet', () => {
    const week = { week: '2026-W53' } as never;
    expect(defaultStatementYear({ currentYear: 2027, firstYear: 2026, items: [] })).toBe(2026);
    expect(defaultStatementYear({ currentYear: 2027, firstYear: 2026, items: [week] })).toBe(2027);
    // A merchant whose first year it is has no year before to show.
    expect(defaultStatementYear({ currentYear: 2027, firstYear: 2027, items: [] })).toBe(2027);
  });

  it('keeps only movement types it knows', () => {
    expect(parseTypeFilter(new URLSearchParams('type=fee,bogus,credit'))).toEqual(['fee', 'credit']);
    expect(parseTypeFilter(new URLSearchParams(''))).toEqual([]);
  });

  it('reads and writes the types and page of a statement, leaving out the first page and no filter', () => {
    expect(parseMovementParams(new URLSearchParams('type=fee&page=3'))).toEqual({ types: ['fee'], order: null, page: 3 });
    expect(parseMovementParams(new URLSearchParams('page=0&order=%20'))).toEqual({ types: [], order: null, page: 1 });
    expect(parseMovementParams(new URLSearchParams('order=1001936'))).toEqual({ types: [], order: '1001936', page: 1 });
    expect(movementSearch({ types: ['fee', 'credit'], order: null, page: 2 }).toString()).toBe('type=fee%2Ccredit&page=2');
    expect(movementSearch({ types: [], order: '1001936', page: 1 }).toString()).toBe('order=1001936');
    expect(movementSearch({ types: [], order: null, page: 1 }).toString()).toBe('');
  });
});
