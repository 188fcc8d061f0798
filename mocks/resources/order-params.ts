import { z } from 'zod';
import { isValidDate } from '../rules/dates';
import {
  completenessValues,
  countries,
  orderStatuses,
  paymentMethods,
  shippingStatuses,
} from '../rules/order-model';
import { pageSizes, sortKeys, type OrderFilter, type OrderQuery, type OrderSort } from '../rules/order-query';
import { parseOr422, queryObject } from '../http/validate';

/** A comma-separated list of known values, reported as one message on the parameter itself. */
function listOf<const T extends readonly string[]>(values: T) {
  const allowed = new Set<string>(values);
  return z.string().transform((text, context) => {
    const items = text.split(',').map((item) => item.trim()).filter((item) => item !== '');
    const unknown = items.filter((item) => !allowed.has(item));
    if (unknown.length > 0) context.addIssue(`Unknown value ${unknown.join(', ')}. Use ${values.join(', ')}.`);
    return items as T[number][];
  });
}

function wholeNumber(min: number, max: number) {
  return z.string().transform((text, context) => {
    const value = Number(text);
    if (!/^\d{1,9}$/.test(text) || value < min || value > max) context.addIssue(`Use a whole number from ${min} to ${max}.`);
    return value;
  });
}

const date = z.string().refine(isValidDate, { error: 'Use a date written as YYYY-MM-DD.' });

const filterShape = {
  q: z.string().max(200, { error: 'Use at most 200 characters.' }).optional(),
  status: listOf(orderStatuses).optional(),
  shipping: listOf(shippingStatuses).optional(),
  completeness: listOf(completenessValues).optional(),
  method: listOf(paymentMethods).optional(),
  country: listOf(countries).optional(),
  from: date.optional(),
  to: date.optional(),
  expiresWithinDays: wholeNumber(0, 60).optional(),
  sort: z.enum(sortKeys, { error: `Use one of ${sortKeys.join(', ')}.` }).default('orderDate'),
  order: z.enum(['asc', 'desc'], { error: 'Use asc or desc.' }).default('desc'),
};

const pageShape = {
  page: wholeNumber(1, 1_000_000).default(1),
  pageSize: z
    .enum(pageSizes.map(String) as [string, ...string[]], { error: `Use one of ${pageSizes.join(', ')}.` })
    .transform(Number)
    .default(25),
};

const rangeInOrder = (range: { from?: string | undefined; to?: string | undefined }): boolean =>
  range.from === undefined || range.to === undefined || range.from <= range.to;
const rangeMessage = { path: ['to'], error: 'The end date must not be before the start date.' };

const filterSchema = z.object(filterShape).refine(rangeInOrder, rangeMessage);
const querySchema = z.object({ ...filterShape, ...pageShape }).refine(rangeInOrder, rangeMessage);

/** The list's query parameters: 422 with a message per invalid parameter. */
export function parseOrderQuery(params: URLSearchParams): OrderQuery {
  return parseOr422(querySchema, queryObject(params));
}

/** The same filters and sort without paging (exports). */
export function parseOrderFilter(params: URLSearchParams): OrderFilter & OrderSort {
  return parseOr422(filterSchema, queryObject(params));
}
