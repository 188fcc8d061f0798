import { z } from 'zod';
import { countries, csvFormatQueryShape, isoDate, limits, listOf, wholeNumber } from './common';
import { orderStatuses, shippingStatuses, completenessValues, paymentMethods, paymentStates, sortKeys, sortOrders } from './orders';

// Query parameters arrive as text: these schemas read them exactly as the API does, so the
// backend parses queries with them and the two cannot disagree.

const filterShape = {
  q: z.string().max(limits.searchLength).optional().meta({
    description: 'Matches order number, payment reference, customer name, e-mail or id, and "your reference"; words typed in another order match within one of these fields.',
  }),
  status: listOf(orderStatuses).optional(),
  shipping: listOf(shippingStatuses).optional(),
  completeness: listOf(completenessValues).optional(),
  method: listOf(paymentMethods).optional(),
  country: listOf(countries).optional(),
  from: isoDate.optional().meta({ description: 'First order day, inclusive.' }),
  to: isoDate.optional().meta({ description: 'Last order day, inclusive; not before `from`.' }),
  expiresWithinDays: wholeNumber(0, limits.expiresWithinDaysMax).optional(),
  paymentState: listOf(paymentStates, 'Orders whose payment state on the backend\'s "today" is one of these (see `paymentState` of an order).').optional(),
  overdueByMoreThanDays: wholeNumber(0, limits.overdueDaysMax)
    .optional()
    .meta({ description: 'Activated orders still unpaid more than this many days after their due date (the one the provider agreed to, if any: `agreedDueDate`), on the backend\'s "today"; 0 lists every overdue order.' }),
  creditedSince: isoDate.optional().meta({ description: 'Orders whose latest credit (a cancel after activation, a reduction or a return) was booked on or after this day.' }),
  sort: z
    .enum(sortKeys)
    .default('orderDate')
    .meta({
      description:
        'Orders without a value (no due date, say) come last either way; statuses and payment states sort in life-cycle order; `customerName` sorts by the name the list shows, the company of a business customer, the person otherwise.',
    }),
  order: z.enum(sortOrders).default('desc'),
};

const datesInOrder = (query: { from?: string | undefined; to?: string | undefined }) =>
  query.from === undefined || query.to === undefined || query.from <= query.to;
const toNotBeforeFrom = { path: ['to'], error: '`to` is before `from`.' };

/** The ready-made views of the list, each a set of its filters. */
export const orderViewIds = ['expiring-soon', 'waiting-to-ship', 'overdue', 'in-collection', 'credited-this-month'] as const;
export type OrderViewId = (typeof orderViewIds)[number];

const viewParams = [...(Object.keys(filterShape) as (keyof typeof filterShape)[])];

export const orderViewSchema = z.strictObject({
  id: z.enum(orderViewIds),
  query: z
    .partialRecord(z.enum(viewParams), z.string())
    .meta({ description: 'The query parameters of `GET /orders` that show the view, as text, as a link carries them.', example: { paymentState: 'collection', sort: 'dueDate', order: 'asc' } }),
  count: z.number().int().min(0).meta({ description: 'How many orders the view lists now.' }),
});
export type OrderView = z.infer<typeof orderViewSchema>;

/** `GET /api/orders/views`. */
export const orderViewsSchema = z.strictObject({
  today: isoDate.meta({ description: 'The backend\'s "today", on which the views are counted.' }),
  views: z.array(orderViewSchema),
});
export type OrderViews = z.infer<typeof orderViewsSchema>;

/** `GET /api/exports/orders`: the list's filters and sort, without paging. */
export const orderFilterQuerySchema = z.object(filterShape).refine(datesInOrder, toNotBeforeFrom);

/** `GET /api/exports/orders`: the list's filters and sort, and the kind of CSV. */
export const orderExportQuerySchema = z.object({ ...filterShape, ...csvFormatQueryShape }).refine(datesInOrder, toNotBeforeFrom);

/** `GET /api/orders`. A prefault, unlike a default, stays in the document of a parameter read from text. */
export const orderListQuerySchema = z
  .object({
    ...filterShape,
    page: wholeNumber(1, limits.pageMax).prefault(1),
    pageSize: wholeNumber(1, limits.pageSizeMax).prefault(25),
  })
  .refine(datesInOrder, toNotBeforeFrom);
