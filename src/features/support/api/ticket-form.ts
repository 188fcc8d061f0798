import { z } from 'zod';
import { limits } from '@/contract/common';
import { topics } from '@/contract/support';
import { alwaysCheck } from '@/lib/validation';

/** Today as YYYY-MM-DD in the user's time zone, comparable with a date input's value. */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** An order number (1234567) or a payment reference as shoppers quote it (BP1234567/3333). */
const orderReferencePattern = /^(\d{4,10}|BP\d{4,10}\/\d{2,10})$/i;

/**
 * The contact form's own checks. Messages are catalogue keys, so they show in the user's language;
 * the API repeats every check and its 422 field errors land on the same fields.
 */
export const ticketFormSchema = z
  .object({
    firstName: z.string().trim().min(1, { error: 'support:validation.firstName' }).max(limits.nameLength, { error: 'support:validation.tooLong' }),
    lastName: z.string().trim().min(1, { error: 'support:validation.lastName' }).max(limits.nameLength, { error: 'support:validation.tooLong' }),
    merchantId: z.string().trim().regex(/^\d{2,10}$/, { error: 'support:validation.merchantId' }),
    email: z.email({ error: 'support:validation.email' }).max(limits.emailLength, { error: 'support:validation.tooLong' }),
    // Empty until the user (or the order the request was started from) picks one.
    topic: z
      .enum(topics, { error: 'support:validation.topic' })
      .optional()
      .refine((topic) => topic !== undefined, { error: 'support:validation.topic' }),
    orderReference: z
      .string()
      .trim()
      .refine((value) => value === '' || orderReferencePattern.test(value), { error: 'support:validation.orderReferenceFormat' }),
    customerId: z.string().trim().max(limits.customerIdLength, { error: 'support:validation.tooLong' }),
    message: z.string().trim().min(1, { error: 'support:validation.message' }).max(limits.messageLength, { error: 'support:validation.messageTooLong' }),
    wishedDueDate: z.string(),
  })
  .superRefine((form, context) => {
    if (form.topic !== 'payment-term-extension') return;
    if (!form.orderReference) {
      context.addIssue({ code: 'custom', path: ['orderReference'], message: 'support:validation.orderReferenceRequired' });
    }
    if (!form.wishedDueDate) {
      context.addIssue({ code: 'custom', path: ['wishedDueDate'], message: 'support:validation.wishedDueDate' });
    } else if (form.wishedDueDate <= localToday()) {
      context.addIssue({ code: 'custom', path: ['wishedDueDate'], message: 'support:validation.wishedDueDateFuture' });
    }
  }, alwaysCheck);
export type TicketForm = z.input<typeof ticketFormSchema>;
