import { isApiError } from '@/lib/api-error';
import { filterNames, type FilterErrors, type FilterName } from './list-params';

// Our own words per filter, in the user's language, rather than the server's English sentence.
const refusedMessages: Record<FilterName, string> = {
  q: 'orders:filters.refused.q',
  status: 'orders:filters.refused.values',
  shipping: 'orders:filters.refused.values',
  completeness: 'orders:filters.refused.values',
  method: 'orders:filters.refused.values',
  country: 'orders:filters.refused.values',
  from: 'orders:filters.refused.date',
  to: 'orders:filters.refused.date',
  expiresWithinDays: 'orders:filters.errors.expiresWithinDays',
  paymentState: 'orders:filters.refused.values',
  overdueByMoreThanDays: 'orders:filters.errors.overdueByMoreThanDays',
  creditedSince: 'orders:filters.refused.date',
};

function isFilterName(field: string): field is FilterName {
  return (filterNames as readonly string[]).includes(field);
}

/** The filters a 422 of the list names, each with a message for its field; null when it names none. */
export function refusedFilters(error: unknown): FilterErrors | null {
  if (!isApiError(error, 'validation')) return null;
  const errors: FilterErrors = {};
  for (const field of Object.keys(error.fieldErrors)) {
    if (isFilterName(field)) errors[field] = refusedMessages[field];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
