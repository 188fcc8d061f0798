import { countries, limits } from '@/contract/common';
import { completenessValues, orderStatuses, paymentMethods, paymentStates, shippingStatuses, sortKeys, sortOrders } from '@/contract/orders';
import { orderFilterQuerySchema, orderListQuerySchema } from '@/contract/order-list';
import { contractBody, searchMessage, unknownValues, type BodyMessages } from '../http/contract-body';
import { readQuery } from '../http/validate';
import type { OrderFilter, OrderQuery, OrderSort } from '../rules/order-query';

const wholeNumber = (min: number, max: number) => `Use a whole number from ${min} to ${max}.`;
const date = 'Use a date written as YYYY-MM-DD.';

const filterMessages: BodyMessages = {
  q: searchMessage,
  status: { custom: unknownValues(orderStatuses) },
  shipping: { custom: unknownValues(shippingStatuses) },
  completeness: { custom: unknownValues(completenessValues) },
  method: { custom: unknownValues(paymentMethods) },
  country: { custom: unknownValues(countries) },
  from: date,
  to: { invalid_format: date, custom: 'The end date must not be before the start date.' },
  expiresWithinDays: wholeNumber(0, limits.expiresWithinDaysMax),
  paymentState: { custom: unknownValues(paymentStates) },
  overdueByMoreThanDays: wholeNumber(0, limits.overdueDaysMax),
  creditedSince: date,
  sort: `Use one of ${sortKeys.join(', ')}.`,
  order: `Use ${sortOrders.join(' or ')}.`,
};

export const orderFilterQuery = contractBody(orderFilterQuerySchema, filterMessages);

export const orderListQuery = contractBody(orderListQuerySchema, {
  ...filterMessages,
  page: wholeNumber(1, limits.pageMax),
  pageSize: wholeNumber(1, limits.pageSizeMax),
});

/** The list's query parameters: 422 with a message per invalid parameter. */
export function parseOrderQuery(params: URLSearchParams): OrderQuery {
  return readQuery(params, orderListQuery);
}

/** The same filters and sort without paging (exports); `alsoRead` names the parameters the request reads besides. */
export function parseOrderFilter(params: URLSearchParams, alsoRead: readonly string[] = []): OrderFilter & OrderSort {
  return readQuery(params, orderFilterQuery, { alsoRead });
}

/** The names of the filters and sort, for a request that reads them besides its own. */
export const orderFilterParameters = Object.keys(orderFilterQuerySchema.shape);
