import { z } from 'zod';
import { cents, countries, currencies, isoDate, isoDateTime, isoWeekPattern, limits, pageOf } from './common';
import { orderChargebackSchema } from './order-chargebacks';
import { chosenReasonCodeSchema, reasonCodeSchema, reasonField } from './reasons';

export const orderStatuses = ['created', 'activated', 'paid', 'cancelled', 'credited'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const shippingStatuses = ['waiting', 'shipped'] as const;
export type ShippingStatus = (typeof shippingStatuses)[number];

export const completenessValues = ['complete', 'incomplete'] as const;
export type Completeness = (typeof completenessValues)[number];

export const paymentMethods = ['invoice', 'direct-debit', 'instalments'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const paymentStates = ['not-due', 'due', 'overdue', 'reminder-1', 'reminder-2', 'collection', 'paid'] as const;
export type PaymentState = (typeof paymentStates)[number];

/** When each dunning step starts, in whole days after the due date (the provider's schedule); `due` is the due date itself. */
export const paymentSchedule = { reminderOne: 15, reminderTwo: 29, collection: 46 } as const;

const paymentStateDescription = [
  'Where the payment of an activated order stands on the backend\'s "today" (null for an order not activated, cancelled or credited):',
  '`not-due` before the due date, `due` on the due date itself, `overdue` from the day after,',
  'counted from `agreedDueDate` once the provider has agreed to one;',
  `\`reminder-1\` from ${paymentSchedule.reminderOne} days after the due date, \`reminder-2\` from ${paymentSchedule.reminderTwo}, \`collection\` from ${paymentSchedule.collection}; \`paid\` once paid in full.`,
].join(' ');

export const customerTypes = ['private', 'business'] as const;
export type CustomerType = (typeof customerTypes)[number];

export const paymentTerms = [14, 30] as const;
export type PaymentTermDays = (typeof paymentTerms)[number];

/**
 * A created order expires two months after its order date. Once, in its last `windowDays` days,
 * the merchant may push that back by `days`: the provider's limit.
 */
export const expiryExtension = { days: 30, windowDays: 14 } as const;

export const eventTypes = [
  'created',
  'activated',
  'cancelled',
  'credited',
  'reduced',
  'returned',
  'expired',
  'expiry-extended',
  'paid',
  'reminder-1',
  'reminder-2',
  'collection',
  'due-date-moved',
] as const;
export type EventType = (typeof eventTypes)[number];

export const documentTypes = ['invoice', 'credit-note'] as const;
export type DocumentType = (typeof documentTypes)[number];

/** What the list can be sorted by. */
export const sortKeys = [
  'orderNumber',
  'paymentReference',
  'orderDate',
  'customerName',
  'yourReference',
  'country',
  'paymentMethod',
  'total',
  'outstanding',
  'status',
  'shippingStatus',
  'completeness',
  'daysToExpiry',
  'dueDate',
  'paymentState',
] as const;
export type SortKey = (typeof sortKeys)[number];
export const sortOrders = ['asc', 'desc'] as const;
export type SortOrder = (typeof sortOrders)[number];

export { reasonCodes, reasonTexts, reasonCodeSchema, type ReasonCode } from './reasons';

export const customerSchema = z.strictObject({
  type: z.enum(customerTypes),
  name: z.string(),
  companyName: z.string().nullable(),
  vatNumber: z.string().nullable(),
  email: z.string(),
  customerId: z.string(),
});
export type Customer = z.infer<typeof customerSchema>;

export const addressSchema = z.strictObject({
  name: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.enum(countries),
});
export type Address = z.infer<typeof addressSchema>;

export const orderLineSchema = z.strictObject({
  id: z.string(),
  articleNumber: z.string(),
  title: z.string(),
  quantity: z.number().int().min(1),
  unitPrice: cents.meta({ description: 'Gross price of one unit, VAT included.' }),
  discount: cents.meta({ description: 'Cents off the whole line.' }),
  vatRate: z.number().min(0),
  lineTotal: cents,
  shipDate: isoDate.nullable(),
  quantityShipped: z.number().int().min(0),
  quantityInvoiced: z.number().int().min(0),
  quantityCancelled: z.number().int().min(0),
  quantityReturned: z.number().int().min(0),
});
export type OrderLine = z.infer<typeof orderLineSchema>;

/** One line of a return, with its own reason when the user gave one. */
export const returnedLineSchema = z.strictObject({
  lineId: z.string(),
  quantity: z.number().int().min(1),
  reason: z.string().nullable(),
  reasonCode: reasonCodeSchema,
});
export type ReturnedLine = z.infer<typeof returnedLineSchema>;

/** A change on the order's timeline: what, when, who, how much, why. */
export const orderEventSchema = z.strictObject({
  id: z.string(),
  type: z.enum(eventTypes),
  at: isoDateTime,
  actor: z.string(),
  amount: cents.nullable(),
  reason: z.string().nullable(),
  reasonCode: reasonCodeSchema,
  /** What came back, on `returned` events. */
  lines: z.array(returnedLineSchema).optional(),
  expiresAt: isoDate.optional().meta({ description: 'On `expiry-extended` events: the expiry the order was given.' }),
  dueDate: isoDate.optional().meta({ description: 'On `due-date-moved` events: the due date the provider agreed to.' }),
  ticketNumber: z.string().optional().meta({ description: 'On `due-date-moved` events: the support request that asked for it.' }),
  statement: z
    .strictObject({
      week: z.string().regex(isoWeekPattern).meta({ description: 'The ISO week whose statement carries the movement, by its UTC day.', example: '2026-W47' }),
      issued: z.boolean().meta({ description: "Whether that week's statement has been issued: false while the week is still running (its statement is issued once it has ended, after its Sunday)." }),
      fee: cents.nullable().meta({
        description: "On an activation: the provider's fee for buying the invoice, negative, a movement of its own on the same statement. Null on the other events.",
        example: -752,
      }),
    })
    .optional()
    .meta({ description: 'On the events that move money (an activation, and a credit, reduction or return after it): where the weekly statements carry it.' }),
});
export type OrderEvent = z.infer<typeof orderEventSchema>;

/** An invoice or a credit note; its id is its number, unique within the order. */
export const orderDocumentSchema = z.strictObject({
  id: z.string(),
  type: z.enum(documentTypes),
  number: z.string(),
  issuedAt: isoDateTime,
  amount: cents,
});
export type OrderDocument = z.infer<typeof orderDocumentSchema>;

const versionDescription =
  "Counts the changes made to the order's record: each action (activate, cancel, reduce, extend the expiry) raises it by one. What follows from the calendar (the expiry, the payment state, reminders) and the due date the provider agrees to in a ticket are worked out on the day they are read and leave it as it is (an action on an order that has expired since is refused by its status, with 409).";

/** An order as the list shows it. Expiry and payment state follow from the backend's "today". */
export const orderSummarySchema = z.strictObject({
  orderNumber: z.string(),
  merchantId: z.string(),
  paymentReference: z.string().meta({ description: 'BP<order number>/<merchant id>, as shoppers quote it.' }),
  orderDate: isoDateTime,
  customer: customerSchema,
  yourReference: z.string().nullable(),
  country: z.enum(countries),
  paymentMethod: z.enum(paymentMethods),
  paymentTermDays: z.union([z.literal(14), z.literal(30)]),
  currency: z.enum(currencies),
  shippingFee: cents,
  total: cents,
  outstanding: cents,
  credited: cents,
  status: z.enum(orderStatuses),
  statusReason: z.string().nullable(),
  statusReasonCode: reasonCodeSchema,
  shippingStatus: z.enum(shippingStatuses),
  completeness: z.enum(completenessValues),
  activatedAt: isoDateTime.nullable(),
  expiresAt: isoDate.meta({
    description: `The last day a created order can be activated: two months after the order date, ${expiryExtension.days} days later once its expiry was extended.`,
  }),
  maxExpiresAt: isoDate.nullable().meta({
    description: `The latest expiry the provider allows: ${expiryExtension.days} days after the two months. An extension moves \`expiresAt\` here. Null once the order is no longer created.`,
  }),
  expiryExtended: z.boolean().meta({ description: "Whether the merchant has used the order's one extension of its expiry." }),
  daysToExpiry: z.number().int().nullable(),
  dueDate: isoDate.nullable().meta({ description: "Activation day plus the payment term, the invoice's due date; null before activation." }),
  agreedDueDate: isoDate.nullable().meta({
    description:
      "The later due date the provider agreed to on a payment-term extension request (a support ticket), from the day of its reply: no reminder goes out before it. The invoice keeps `dueDate`. Null when none was agreed, and on an order not activated or paid.",
  }),
  paymentState: z.enum(paymentStates).nullable().meta({ description: paymentStateDescription }),
  lastCreditedAt: isoDateTime
    .nullable()
    .meta({ description: 'When the latest credit was booked (a cancel after activation, a reduction or a return); null when nothing was credited.' }),
  version: z.number().int().min(1).meta({ description: versionDescription }),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;

/** Where the shopper pays: the provider's account in the order's country, with the customer's own virtual number. */
export const bankDetailsSchema = z.strictObject({
  accountHolder: z.string(),
  iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/).meta({ description: 'Without spaces; its ISO 13616 check digits hold.', example: 'BE71539000100612' }),
  bic: z.string().regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/),
});
export type BankDetails = z.infer<typeof bankDetailsSchema>;

export const orderDetailSchema = orderSummarySchema.extend({
  dueDateExtension: z
    .strictObject({ from: isoDate, to: isoDate })
    .nullable()
    .meta({
      description: `The days a payment-term extension (a support ticket) may ask for as the new due date, on the backend's "today": after today and after \`dueDate\` (and \`agreedDueDate\`, when there is one), at most ${limits.extensionDaysMax} days after it. Null when the order has no due date to move (not activated, or paid) or has been due for ${limits.extensionDaysMax} days or more.`,
    }),
  payTo: bankDetailsSchema,
  billingAddress: addressSchema,
  deliveryAddress: addressSchema,
  lines: z.array(orderLineSchema),
  events: z.array(orderEventSchema),
  /** Oldest first. */
  documents: z.array(orderDocumentSchema),
  chargebacks: z.array(orderChargebackSchema).meta({
    description: "Oldest first: the order's chargebacks, as the statements of its own merchant and data world carry them, the running week's included, whose statement is not issued yet. Empty when the payment was never disputed.",
  }),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

export const orderPageSchema = pageOf(orderSummarySchema);
export type OrderPage = z.infer<typeof orderPageSchema>;

const version = z.number().int().min(1).meta({ description: 'The `version` of the order the user saw; a stale one is refused with 409.' });
const reasonCode = chosenReasonCodeSchema.optional();
// A typed reason, or a known one's code (with an optional note): old clients send the text alone.
const reasonShape = { reason: reasonField.optional(), reasonCode };
const reasonRequired = {
  // Checked even when another field is wrong, so that every problem is answered at once.
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
  path: ['reason'],
  error: 'Give a reason, or a reasonCode.',
};
const hasReason = (body: { reason?: unknown; reasonCode?: unknown }) => body.reasonCode !== undefined || (typeof body.reason === 'string' && body.reason.trim().length > 0);

// Request bodies name what the API reads; a field it does not know is ignored, as robust servers do.
export const activateBodySchema = z.object({ version });
export const cancelBodySchema = z.object({ version, ...reasonShape }).refine(hasReason, reasonRequired);
export const extendExpiryBodySchema = z.object({ version });

/** Either an amount off, or the lines and quantities that come back (a return); not both. */
// Each shape forbids the other's key: a body with both an amount and lines is ambiguous.
const absent = z.never().optional().meta({ description: 'Must be absent in this shape.' });
export const reductionBodySchema = z.xor([
  z.object({ version, ...reasonShape, amount: cents.min(1), lines: absent }).refine(hasReason, reasonRequired),
  z
    .object({
      version,
      ...reasonShape,
      amount: absent,
      lines: z
        .array(
          z.object({
            lineId: z.string().min(1),
            quantity: z.number().int().min(1),
            reason: reasonField.nullish(),
            reasonCode,
          }),
        )
        .min(1),
    })
    .refine(hasReason, reasonRequired),
]);
export type ActivateBody = z.infer<typeof activateBodySchema>;
export type CancelBody = z.infer<typeof cancelBodySchema>;
export type ExtendExpiryBody = z.infer<typeof extendExpiryBodySchema>;
export type ReductionBody = z.infer<typeof reductionBodySchema>;

export function paymentReference(orderNumber: string, merchantId: string): string {
  return `BP${orderNumber}/${merchantId}`;
}

/** Languages an invoice or credit note can be written in. */
export const documentLanguages = ['en', 'fr', 'nl', 'de'] as const;

/** `GET /api/orders/{orderNumber}/documents/{documentId}`. */
export const documentQuerySchema = z.object({
  lang: z
    .enum(documentLanguages)
    .optional()
    .meta({ description: "The document's language; by default the shopper's, from the billing address (Belgium by the postal code's region). An empty `lang=` is refused (422) like any other language not listed." }),
});
