import { z } from 'zod';

/** What a support request is about; a payment-term extension also asks for a due date. */
export const topics = ['activation', 'credit', 'payment-term-extension', 'statement', 'technical', 'other'] as const;
export type Topic = (typeof topics)[number];

export const ticketStatuses = ['open', 'answered', 'closed'] as const;

/** A filed support request, as `POST` and `GET /api/support/tickets` answer it. */
export const ticketSchema = z.object({
  ticketNumber: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  status: z.enum(ticketStatuses),
  firstName: z.string(),
  lastName: z.string(),
  merchantId: z.string(),
  email: z.string(),
  topic: z.enum(topics),
  orderReference: z.string().nullable(),
  customerId: z.string().nullable(),
  message: z.string(),
  wishedDueDate: z.iso.date().nullable(),
});
export type Ticket = z.infer<typeof ticketSchema>;
