import { z } from 'zod';
import { countries, limits } from '@/contract/common';
import { completenessValues, orderStatuses, paymentMethods, paymentStates, shippingStatuses, sortKeys, sortOrders } from '@/contract/orders';
import { alwaysCheck } from '@/lib/validation';

export const pageSizes = [10, 25, 50, 100] as const;

/** A comma-separated list in the URL; values we don't know are dropped rather than breaking the page. */
function listOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z
    .string()
    .optional()
    .transform((raw) => {
      const known = new Set<string>(values);
      const picked = (raw ?? '').split(',').filter((value) => known.has(value));
      return [...new Set(picked)] as Values[number][];
    });
}

const dateParam = z.iso.date().nullable().catch(null);

/** A date input reports a year being typed as 0002, 0020, 0202: no order date is that old. */
const firstPlausibleYear = 1900;

/** Whether a date input holds a whole date the user means, not one caught halfway through typing. */
export function isWholeDate(value: string): boolean {
  return z.iso.date().safeParse(value).success && Number(value.slice(0, 4)) >= firstPlausibleYear;
}

/** Validation of the list's URL: the URL is the single source of truth for filters, sort and page. */
export const listParamsSchema = z.object({
  q: z.string().trim().max(limits.searchLength).catch(''),
  status: listOf(orderStatuses),
  shipping: listOf(shippingStatuses),
  completeness: listOf(completenessValues),
  method: listOf(paymentMethods),
  country: listOf(countries),
  from: dateParam,
  to: dateParam,
  // Kept as typed, even out of range or not whole (7.5, -1): filterErrors says what is wrong rather than dropping it.
  expiresWithinDays: z.coerce.number().nullable().catch(null),
  paymentState: listOf(paymentStates),
  overdueByMoreThanDays: z.coerce.number().nullable().catch(null),
  creditedSince: dateParam,
  sort: z.enum(sortKeys).catch('orderDate'),
  order: z.enum(sortOrders).catch('desc'),
  page: z.coerce.number().int().min(1).catch(1),
  pageSize: z.coerce
    .number()
    .refine((size) => (pageSizes as readonly number[]).includes(size))
    .catch(25),
});
export type OrderListParams = z.infer<typeof listParamsSchema>;

export const defaultListParams: OrderListParams = listParamsSchema.parse({});

const listKeys = new Set(Object.keys(defaultListParams).filter((key) => Array.isArray(defaultListParams[key as keyof OrderListParams])));

/**
 * The text of one of the list's parameters in an address. A filter of several values may come as
 * one comma-separated parameter or repeated (`status=created&status=paid`), as the API takes it;
 * any other parameter is read from its first occurrence.
 */
export function rawListParam(search: URLSearchParams, key: string): string | null {
  if (!listKeys.has(key)) return search.get(key);
  const values = search.getAll(key);
  return values.length === 0 ? null : values.join(',');
}

export function parseListParams(search: URLSearchParams): OrderListParams {
  const raw: Record<string, string | null> = {};
  for (const key of Object.keys(listParamsSchema.shape)) {
    const value = rawListParam(search, key);
    // Absent numbers must stay absent: Number(null) would be 0.
    raw[key] = value === '' ? null : value;
  }
  return listParamsSchema.parse(
    Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, value ?? undefined])),
  );
}

/** The filters the URL names, each a field of the filter form. */
export const filterNames = [
  'q',
  'status',
  'shipping',
  'completeness',
  'method',
  'country',
  'from',
  'to',
  'expiresWithinDays',
  'paymentState',
  'overdueByMoreThanDays',
  'creditedSince',
] as const;
export type FilterName = (typeof filterNames)[number];
/** A catalogue key per filter whose value cannot be asked for. */
export type FilterErrors = Partial<Record<FilterName, string>>;

/** What the filters must satisfy before the list is asked for: the API would refuse them (422). */
const filterChecksSchema = z
  .object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    expiresWithinDays: z
      .number()
      .int({ error: 'orders:filters.errors.expiresWithinDays' })
      .min(0, { error: 'orders:filters.errors.expiresWithinDays' })
      .max(limits.expiresWithinDaysMax, { error: 'orders:filters.errors.expiresWithinDays' })
      .nullable(),
    overdueByMoreThanDays: z
      .number()
      .int({ error: 'orders:filters.errors.overdueByMoreThanDays' })
      .min(0, { error: 'orders:filters.errors.overdueByMoreThanDays' })
      .max(limits.overdueDaysMax, { error: 'orders:filters.errors.overdueByMoreThanDays' })
      .nullable(),
  })
  .refine((filter) => filter.from === null || filter.to === null || filter.from <= filter.to, {
    path: ['to'],
    error: 'orders:filters.errors.dateRange',
    ...alwaysCheck,
  });

export function filterErrors(params: OrderListParams): FilterErrors {
  const result = filterChecksSchema.safeParse(params);
  const errors: FilterErrors = {};
  for (const issue of result.error?.issues ?? []) errors[issue.path[0] as FilterName] ??= issue.message;
  return errors;
}

/** Whether the API may be asked for this list: filters it would refuse are shown to correct instead. */
export function isAskable(params: OrderListParams): boolean {
  return Object.keys(filterErrors(params)).length === 0;
}

/** Only what differs from the defaults goes into the URL, so links stay short and readable. */
export function toSearchParams(params: OrderListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(toApiQuery(params))) {
    const fallback = defaultListParams[key as keyof OrderListParams];
    if (value === undefined || String(value) === String(fallback)) continue;
    search.set(key, String(value));
  }
  return search;
}

/** The list endpoint takes the same names as the URL; lists are comma-separated. */
export function toApiQuery(params: OrderListParams): Record<string, string | number | undefined> {
  const list = (values: readonly string[]) => (values.length ? values.join(',') : undefined);
  return {
    q: params.q || undefined,
    status: list(params.status),
    shipping: list(params.shipping),
    completeness: list(params.completeness),
    method: list(params.method),
    country: list(params.country),
    from: params.from ?? undefined,
    to: params.to ?? undefined,
    expiresWithinDays: params.expiresWithinDays ?? undefined,
    paymentState: list(params.paymentState),
    overdueByMoreThanDays: params.overdueByMoreThanDays ?? undefined,
    creditedSince: params.creditedSince ?? undefined,
    sort: params.sort,
    order: params.order,
    page: params.page,
    pageSize: params.pageSize,
  };
}

/** The filters alone, without sort and paging: what the export and "clear filters" care about. */
export function hasActiveFilters(params: OrderListParams): boolean {
  return (
    params.q !== '' ||
    params.status.length + params.shipping.length + params.completeness.length > 0 ||
    params.method.length + params.country.length + params.paymentState.length > 0 ||
    params.from !== null ||
    params.to !== null ||
    params.expiresWithinDays !== null ||
    params.overdueByMoreThanDays !== null ||
    params.creditedSince !== null
  );
}

export function clearFilters(params: OrderListParams): OrderListParams {
  return { ...defaultListParams, sort: params.sort, order: params.order, pageSize: params.pageSize };
}
