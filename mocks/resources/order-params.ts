import { z } from 'zod';
import { countries, limits } from '@/contract/common';
import { completenessValues, orderStatuses, paymentMethods, shippingStatuses, sortKeys, sortOrders } from '@/contract/orders';
import { parseOr422, queryObject } from '../http/validate';
import { isValidDate } from '../rules/dates';
import type { OrderFilter, OrderQuery, OrderSort } from '../rules/order-query';

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
  q: z.string().max(limits.searchLength, { error: `Use at most ${limits.searchLength} characters.` }).optional(),
  status: listOf(orderStatuses).optional(),
  shipping: listOf(shippingStatuses).optional(),
  completeness: listOf(completenessValues).optional(),
  method: listOf(paymentMethods).optional(),
  country: listOf(countries).optional(),
  from: date.optional(),
  to: date.optional(),
  expiresWithinDays: wholeNumber(0, limits.expiresWithinDaysMax).optional(),
  sort: z.enum(sortKeys, { error: `Use one of ${sortKeys.join(', ')}.` }).default('orderDate'),
  order: z.enum(sortOrders, { error: `Use ${sortOrders.join(' or ')}.` }).default('desc'),
};

const pageShape = {
  page: wholeNumber(1, limits.pageMax).default(1),
  pageSize: wholeNumber(1, limits.pageSizeMax).default(25),
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
