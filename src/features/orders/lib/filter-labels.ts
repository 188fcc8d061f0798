import type { FilterName } from './list-params';

/** The catalogue key of each filter's label, as its field shows it: chips and notices name filters the same way. */
export const filterLabelKeys = {
  q: 'filters.search',
  status: 'filters.status',
  shipping: 'filters.shipping',
  completeness: 'filters.completeness',
  method: 'filters.method',
  country: 'filters.country',
  from: 'filters.from',
  to: 'filters.to',
  expiresWithinDays: 'filters.expiresWithin',
  paymentState: 'filters.paymentState',
  overdueByMoreThanDays: 'filters.overdueBy',
  creditedSince: 'filters.creditedSince',
} as const satisfies Record<FilterName, string>;
