import { z } from 'zod';
import { isoDate, isoDateTime, limits } from './common';

/** What a support request is about; a payment-term extension also asks for a due date. */
export const topics = ['activation', 'credit', 'payment-term-extension', 'statement', 'technical', 'other'] as const;
export type Topic = (typeof topics)[number];

export const ticketStatuses = ['open', 'answered', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

/** `POST /api/support/tickets`. Optional fields may be left out, null or blank. */
export const ticketBodySchema = z.object({
  firstName: z.string().trim().min(1).max(limits.nameLength),
  lastName: z.string().trim().min(1).max(limits.nameLength),
  merchantId: z.string().trim().min(1).meta({ description: "The signed-in merchant's own id." }),
  // Trimmed before it is checked, as the names and the message are.
  email: z.string().trim().max(limits.emailLength).check(z.email()),
  topic: z.enum(topics),
  orderReference: z.string().nullish().meta({ description: 'An order number or a payment reference of the merchant, in this data world.' }),
  customerId: z.string().trim().max(limits.customerIdLength).nullish(),
  message: z.string().trim().min(1).max(limits.messageLength),
  wishedDueDate: z.union([isoDate, z.literal('')]).nullish().meta({
    description: 'Required for a payment-term extension: a day after today and after the order\'s due date.',
  }),
});
export type TicketBody = z.infer<typeof ticketBodySchema>;

/** The document's example of a request; the handler tests file it too, so it stays valid. */
export const ticketBodyExample = {
  firstName: 'Nathalie',
  lastName: 'Dubois',
  merchantId: '3333',
  email: 'admin@atelier-lumiere.example',
  topic: 'technical',
  message: 'The order export stops after 10,000 rows.',
} as const satisfies TicketBody;

/** A filed support request, as `POST` and `GET /api/support/tickets` answer it. */
export const ticketSchema = z.strictObject({
  ticketNumber: z.string(),
  createdAt: isoDateTime,
  status: z.enum(ticketStatuses),
  firstName: z.string(),
  lastName: z.string(),
  merchantId: z.string(),
  email: z.string(),
  topic: z.enum(topics),
  orderReference: z.string().nullable(),
  customerId: z.string().nullable(),
  message: z.string(),
  wishedDueDate: isoDate.nullable(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const ticketListSchema = z.strictObject({ items: z.array(ticketSchema) });
