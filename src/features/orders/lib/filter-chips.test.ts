import { activeFilterChips, withoutFilter } from './filter-chips';
import { clearFilters, defaultListParams, hasActiveFilters, type OrderListParams } from './list-params';

const params = (change: Partial<OrderListParams>): OrderListParams => ({ ...defaultListParams, ...change });

describe('the chips of the active filters', () => {
  it('are none for the default list, whatever the sort and page', () => {
    expect(activeFilterChips(params({ sort: 'total', page: 3, pageSize: 50 }))).toEqual([]);
  });

  it('are one per filter, holding every value picked, in the order of the form', () => {
    const chips = activeFilterChips(
      params({ country: ['BE', 'DE'], q: 'Dupont', status: ['created', 'activated'], expiresWithinDays: 0, from: '2026-01-01' }),
    );
    expect(chips).toEqual([
      { name: 'q', values: ['Dupont'] },
      { name: 'status', values: ['created', 'activated'] },
      { name: 'country', values: ['BE', 'DE'] },
      { name: 'from', values: ['2026-01-01'] },
      { name: 'expiresWithinDays', values: ['0'] },
    ]);
  });

  it('each remove their own filter only', () => {
    const before = params({ q: 'Dupont', status: ['created'], paymentState: ['overdue'], to: '2026-02-01', overdueByMoreThanDays: 30 });
    for (const chip of activeFilterChips(before)) {
      const after = { ...before, ...withoutFilter(chip.name) };
      expect(activeFilterChips(after).map(({ name }) => name)).toEqual(activeFilterChips(before).map(({ name }) => name).filter((name) => name !== chip.name));
    }
    const none = activeFilterChips(before).reduce((next, chip) => ({ ...next, ...withoutFilter(chip.name) }), before);
    expect(hasActiveFilters(none)).toBe(false);
    expect(none).toEqual(clearFilters(before));
  });
});
