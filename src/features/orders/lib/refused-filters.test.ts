import { ApiError, problemFromStatus } from '@/lib/api-error';
import { refusedFilters } from './refused-filters';

const refusal = (errors: Record<string, string[]>) => ApiError.fromStatus(422, { ...problemFromStatus(422), errors });

describe('filters the list API refused', () => {
  it('names each refused filter with a message of its own', () => {
    expect(refusedFilters(refusal({ to: ['The end date must not be before the start date.'], country: ['Unknown value XX.'] }))).toEqual({
      to: 'orders:filters.refused.date',
      country: 'orders:filters.refused.values',
    });
  });

  it('leaves other refusals and other errors to the generic error', () => {
    expect(refusedFilters(refusal({ pageSize: ['Use one of 10, 25, 50, 100.'] }))).toBeNull();
    expect(refusedFilters(ApiError.fromStatus(500))).toBeNull();
    expect(refusedFilters(new Error('boom'))).toBeNull();
  });
});
