import { z } from 'zod';
import { cents, currencies, isoDate, isoDateTime, limits, listOf, typedText } from './common';
import { documentLanguages } from './orders';

/**
 * What a support ticket is about. A payment-term extension also asks for a due date; a missing
 * payment (the shopper says they paid, the order says otherwise) for the payment's day, amount and
 * the shopper's bank reference.
 */
export const topics = ['activation', 'credit', 'payment-term-extension', 'missing-payment', 'statement', 'technical', 'other'] as const;
export type Topic = (typeof topics)[number];

/** Open: the provider has the next word. Answered, or waiting for you (the provider asked a question): the merchant has. */
export const ticketStatuses = ['open', 'answered', 'waiting-for-you', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

/** The languages a ticket may be written in: the provider's support answers in the ticket's. */
export const ticketLanguages = documentLanguages;
export type TicketLanguage = (typeof ticketLanguages)[number];

export const messageAuthors = ['merchant', 'provider'] as const;
export type MessageAuthor = (typeof messageAuthors)[number];

/** An optional date: left out, null or blank all mean "not given". */
const optionalDate = () => z.union([isoDate, z.literal('')]).nullish();

/** `POST /api/support/tickets`. Optional fields may be left out, null or blank, but for the language, which may only be left out. */
export const ticketBodySchema = z.object({
  firstName: typedText(limits.nameLength),
  lastName: typedText(limits.nameLength),
  merchantId: z.string().trim().min(1).meta({ description: "The signed-in merchant's own id." }),
  // Trimmed before it is checked, as the names and the message are.
  email: z.string().trim().max(limits.emailLength).check(z.email()),
  topic: z.enum(topics),
  orderReference: z.string().nullish().meta({
    description:
      'An order number or a payment reference of the merchant (BP1234567/3333, or BP1234567 without the merchant id, as the orders search takes it), in this data world. Spaces are ignored. Required for a payment-term extension and a missing payment.',
  }),
  customerId: z.string().trim().max(limits.customerIdLength).nullish(),
  message: typedText(limits.messageLength),
  language: z
    .enum(ticketLanguages)
    .default('en')
    .meta({ description: "The language the message is written in, which the provider's support answers in. English when left out." }),
  wishedDueDate: optionalDate().meta({
    description: `Required for a payment-term extension: a day after today and after the order's due date, at most ${limits.extensionDaysMax} days after it. Not kept with another topic (the ticket then has none).`,
  }),
  paymentDate: optionalDate().meta({
    description:
      "Required for a missing payment, whose `orderReference` must name an order activated and still to be paid: the day the shopper says they paid, not after today nor before the order's invoice (its activation day). Not kept with another topic, nor are the two fields below.",
  }),
  paidAmount: z
    .number()
    .int()
    .min(1)
    .max(limits.requestAmountMax)
    .nullish()
    .meta({ description: "Required for a missing payment: what the shopper says they paid, in cents of the merchant's currency." }),
  shopperBankReference: z.string().trim().max(limits.bankReferenceLength).nullish().meta({
    description: "Required for a missing payment: the reference of the transfer on the shopper's bank statement.",
  }),
});
/** What a client sends: one that names no language files an English ticket. */
export type TicketBody = z.input<typeof ticketBodySchema>;

/** The document's example of a ticket; the handler tests file it too, so it stays valid. */
export const ticketBodyExample = {
  firstName: 'Nathalie',
  lastName: 'Dubois',
  merchantId: '3333',
  email: 'admin@atelier-lumiere.example',
  topic: 'technical',
  message: 'The order export stops after 10,000 rows.',
  language: 'en',
} as const satisfies TicketBody;

/**
 * A ticket's number: the merchant's id, then its count in its world, six digits in Live and a T and
 * five digits in Test, so that one number never names a ticket in each world.
 */
export const ticketNumberPattern = /^CPT-\d+-(?:\d{6,}|T\d{5,})$/;

/** A support ticket, as `POST` and `GET /api/support/tickets` answer it. */
export const ticketSchema = z.strictObject({
  ticketNumber: z.string().regex(ticketNumberPattern).meta({
    description: 'CPT-, the merchant id, then six digits in live data (CPT-3333-000102) or a T and five digits in test data (CPT-3333-T00102).',
    example: 'CPT-3333-000102',
  }),
  createdAt: isoDateTime,
  status: z.enum(ticketStatuses),
  unread: z.boolean().meta({ description: 'The provider wrote since the merchant last opened the ticket (`POST .../read`).' }),
  lastMessageAt: isoDateTime,
  firstName: z.string(),
  lastName: z.string(),
  merchantId: z.string(),
  email: z.string(),
  topic: z.enum(topics),
  orderReference: z.string().nullable(),
  orderNumber: z.string().nullable().meta({ description: 'The order the reference names, when it names one of the merchant.' }),
  customerId: z.string().nullable(),
  message: z.string().meta({ description: 'The first message, as filed.' }),
  language: z.enum(ticketLanguages).meta({ description: "The language the ticket was written in; the provider's replies are in it too." }),
  wishedDueDate: isoDate.nullable(),
  paymentDate: isoDate.nullable(),
  paidAmount: cents.nullable(),
  currency: z.enum(currencies).meta({ description: "The merchant's currency, that of `paidAmount`." }),
  shopperBankReference: z.string().nullable(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const ticketListSchema = z.strictObject({ items: z.array(ticketSchema) });

/** `GET /api/support/tickets`. */
export const ticketListQuerySchema = z.object({
  orderNumber: z
    .string()
    .regex(/^\d{1,12}$/)
    .optional()
    .meta({ description: 'Only the tickets about the order with this number, in digits, whether a ticket names that order by its number or by its payment reference.', example: '1000042' }),
  status: listOf(ticketStatuses, 'Only the tickets in one of these states.').optional(),
  q: z
    .string()
    .max(limits.searchLength)
    .optional()
    .meta({ description: 'Matches the ticket number, the order (as referenced, by its number or by its payment reference), the customer id, the sender (first and last name, e-mail), the topic in any language of the app (English, French, Dutch, German) and the whole conversation (every message and its author, the provider replies included), case aside; every word typed must match.', example: '1000042' }),
});

export const ticketMessageSchema = z.strictObject({
  id: z.string(),
  author: z.enum(messageAuthors),
  authorName: z.string(),
  at: isoDateTime,
  body: z.string(),
});
export type TicketMessage = z.infer<typeof ticketMessageSchema>;

/** One ticket as a conversation: the merchant's messages and the provider's replies, oldest first. */
export const ticketDetailSchema = ticketSchema.extend({ messages: z.array(ticketMessageSchema).min(1) });
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

/** `POST /api/support/tickets/{ticketNumber}/messages`. */
export const ticketReplyBodySchema = z.object({ body: typedText(limits.messageLength) });
export type TicketReplyBody = z.infer<typeof ticketReplyBodySchema>;

/**
 * The order number a ticket's order reference names: an order number, or a payment reference
 * (BP1234567/3333) of `merchantId`, with or without that id, as the orders' search takes it; spaces
 * and case aside. Null for anything else, another merchant's payment reference included.
 */
export function referencedOrderNumber(reference: string, merchantId: string): string | null {
  const typed = reference.replace(/\s+/g, '').toUpperCase();
  if (/^\d{4,10}$/.test(typed)) return typed;
  const match = /^BP(\d{4,10})(?:\/(\d{2,10}))?$/.exec(typed);
  return match && (match[2] === undefined || match[2] === merchantId) ? match[1]! : null;
}
