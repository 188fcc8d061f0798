import {
  clearFilters,
  defaultListParams,
  filterErrors,
  hasActiveFilters,
  parseListParams,
  toSearchParams,
} from './list-params';

describe('order list URL parameters', () => {
  it('reads every filter, the sort and the page from the URL', () => {
    const params = parseListParams(
      new URLSearchParams(
        'q=BP1234567/3333&status=created,paid&shipping=waiting&completeness=incomplete&method=invoice&country=BE,DE&from=2026-01-01&to=2026-03-31&expiresWithinDays=7&paymentState=overdue,reminder-2&overdueByMoreThanDays=10&creditedSince=2026-11-01&sort=dueDate&order=asc&page=3&pageSize=50',
      ),
    );
    expect(params).toEqual({
      q: 'BP1234567/3333',
      status: ['created', 'paid'],
      shipping: ['waiting'],
      completeness: ['incomplete'],
      method: ['invoice'],
      country: ['BE', 'DE'],
      from: '2026-01-01',
      to: '2026-03-31',
      expiresWithinDays: 7,
      paymentState: ['overdue', 'reminder-2'],
      overdueByMoreThanDays: 10,
      creditedSince: '2026-11-01',
      sort: 'dueDate',
      order: 'asc',
      page: 3,
      pageSize: 50,
    });
  });

  it('reads a filter of several values given as repeated parameters as the API does, and a repeated page by its first', () => {
    const params = parseListParams(new URLSearchParams('status=created&status=paid,cancelled&country=BE&page=2&page=3'));
    expect(params.status).toEqual(['created', 'paid', 'cancelled']);
    expect(params.country).toEqual(['BE']);
    expect(params.page).toBe(2);
  });

  it('falls back to defaults for values it does not know instead of failing', () => {
    const params = parseListParams(
      new URLSearchParams('status=created,bogus&sort=nope&order=up&page=-2&pageSize=33&from=yesterday&expiresWithinDays=x'),
    );
    expect(params.status).toEqual(['created']);
    expect(params.sort).toBe('orderDate');
    expect(params.order).toBe('desc');
    expect(params.page).toBe(1);
    expect(params.pageSize).toBe(25);
    expect(params.from).toBeNull();
    expect(params.expiresWithinDays).toBeNull();
  });

  it('writes only what differs from the defaults, and reads back the same view', () => {
    const params = { ...defaultListParams, status: ['activated' as const], page: 2 };
    const search = toSearchParams(params);
    expect(search.toString()).toBe('status=activated&page=2');
    expect(parseListParams(search)).toEqual(params);
    expect(toSearchParams(defaultListParams).toString()).toBe('');
  });

  it('keeps "expires within 0 days" as a real filter', () => {
    const search = toSearchParams({ ...defaultListParams, expiresWithinDays: 0 });
    expect(search.get('expiresWithinDays')).toBe('0');
    expect(parseListParams(search).expiresWithinDays).toBe(0);
  });

  it('clears the filters but keeps the sort and page size', () => {
    const params = { ...defaultListParams, q: 'dubois', sort: 'total' as const, pageSize: 50 as const, page: 4 };
    expect(hasActiveFilters(params)).toBe(true);
    const cleared = clearFilters(params);
    expect(hasActiveFilters(cleared)).toBe(false);
    expect(cleared).toMatchObject({ sort: 'total', pageSize: 50, page: 1 });
  });

  it('keeps an out-of-range "expires within" as typed, and says what is wrong with the filters', () => {
    const params = parseListParams(new URLSearchParams('expiresWithinDays=75&from=2026-11-10&to=2026-11-01&overdueByMoreThanDays=-2'));
    expect(params.expiresWithinDays).toBe(75);
    expect(filterErrors(params)).toEqual({
      expiresWithinDays: 'orders:filters.errors.expiresWithinDays',
      to: 'orders:filters.errors.dateRange',
      overdueByMoreThanDays: 'orders:filters.errors.overdueByMoreThanDays',
    });
  });

  it('keeps days that are not whole as typed, and says they must be', () => {
    const params = parseListParams(new URLSearchParams('expiresWithinDays=7.5&overdueByMoreThanDays=2.5'));
    expect(params).toMatchObject({ expiresWithinDays: 7.5, overdueByMoreThanDays: 2.5 });
    expect(filterErrors(params)).toEqual({
      expiresWithinDays: 'orders:filters.errors.expiresWithinDays',
      overdueByMoreThanDays: 'orders:filters.errors.overdueByMoreThanDays',
    });
  });

  it('counts the payment filters as filters, and drops payment states it does not know', () => {
    expect(parseListParams(new URLSearchParams('paymentState=collection,late')).paymentState).toEqual(['collection']);
    for (const search of ['paymentState=due', 'overdueByMoreThanDays=0', 'creditedSince=2026-11-01']) {
      expect(hasActiveFilters(parseListParams(new URLSearchParams(search)))).toBe(true);
    }
  });

  it('finds nothing wrong with a range of one day or with no filter at all', () => {
    expect(filterErrors(parseListParams(new URLSearchParams('from=2026-11-01&to=2026-11-01&expiresWithinDays=62')))).toEqual({});
    expect(filterErrors(defaultListParams)).toEqual({});
  });
});
