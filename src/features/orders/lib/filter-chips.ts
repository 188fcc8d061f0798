import { filterNames, type FilterName, type OrderListParams } from './list-params';

/** One active filter as the chips above the list show it: its name and the values it holds (as in the URL). */
export type FilterChip = { name: FilterName; values: string[] };

/** The filters the URL holds, one chip per filter, in the order of the filter form. */
export function activeFilterChips(params: OrderListParams): FilterChip[] {
  return filterNames.flatMap((name) => {
    const value = params[name];
    const values = Array.isArray(value) ? value : value === null || value === '' ? [] : [String(value)];
    return values.length ? [{ name, values }] : [];
  });
}

/** The change to the URL that drops one filter, leaving the others, the sort and the page size. */
export function withoutFilter(name: FilterName): Partial<OrderListParams> {
  if (name === 'q') return { q: '' };
  if (name === 'from' || name === 'to' || name === 'creditedSince' || name === 'expiresWithinDays' || name === 'overdueByMoreThanDays') {
    return { [name]: null };
  }
  return { [name]: [] };
}

/** The filters the bar always shows; the others sit behind "More filters" (all of them, on a phone). */
export const primaryFilters: readonly FilterName[] = ['q', 'status', 'paymentState'];
