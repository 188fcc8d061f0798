import { z } from 'zod';
import { limits } from '@/contract/common';
import { topics } from '@/contract/support';
import { isValidDate } from './dates';
import { referencedOrderNumber, type TicketRequest } from './ticket';

/** What a ticket is checked against: the signed-in merchant's own data in one world. */
export interface TicketContext {
  merchantId: string;
  today: string;
  /** The merchant's order in this world, with its due date (null before activation). */
  findOrder(orderNumber: string): { dueDate: string | null } | undefined;
}

/** Field messages keyed by the request field they are about (422). */
export class TicketInvalid extends Error {
  override readonly name = 'TicketInvalid';

  constructor(readonly errors: Record<string, string[]>) {
    super('Some values are not valid.');
  }
}

const noOrderMessage = 'No order with this reference in this data world.';
const emailMessage = 'Enter a valid e-mail address.';
const dateMessage = 'Give the date as YYYY-MM-DD.';
const tooLong = (max: number) => ({ error: `Use at most ${max} characters.` });

const requiredText = (missing: string, max: number) =>
  z.string({ error: missing }).trim().min(1, { error: missing }).max(max, tooLong(max));

// An optional field may be left out, null or blank: all three mean "not given".
const optional = (schema: z.ZodType<string>) => schema.nullish().transform((value) => value || null);

const merchantIdMissing = 'Enter your merchant id.';
const merchantIdField = z.string({ error: merchantIdMissing }).trim().min(1, { error: merchantIdMissing });
const topicField = z.enum(topics, { error: `Choose one of the topics: ${topics.join(', ')}.` });
const orderReferenceField = optional(z.string({ error: 'Give the order reference as text.' }).trim());
const wishedDueDateField = optional(
  z
    .string({ error: dateMessage })
    .trim()
    .refine((value) => value === '' || isValidDate(value), { error: dateMessage }),
);

const ticketFields = z.object({
  firstName: requiredText('Enter your first name.', limits.nameLength),
  lastName: requiredText('Enter your last name.', limits.nameLength),
  merchantId: merchantIdField,
  email: z
    .string({ error: emailMessage })
    .trim()
    .max(limits.emailLength, tooLong(limits.emailLength))
    .pipe(z.email({ error: emailMessage })),
  topic: topicField,
  orderReference: orderReferenceField,
  customerId: optional(z.string({ error: 'Give the customer id as text.' }).trim().max(limits.customerIdLength, tooLong(limits.customerIdLength))),
  message: requiredText('Write your message.', limits.messageLength),
  wishedDueDate: wishedDueDateField,
});

/** The field's value when it is well-formed on its own. */
function wellFormed<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/**
 * Checks a ticket the user sent: the fields on their own, then against the
 * merchant's data. Every invalid field is named at once, so the user can
 * correct them all in one go.
 */
export function checkTicket(input: Record<string, unknown>, context: TicketContext): TicketRequest {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => void (errors[field] ??= []).push(message);
  const parsed = ticketFields.safeParse(input);
  if (!parsed.success) for (const issue of parsed.error.issues) add(String(issue.path[0] ?? 'body'), issue.message);

  const merchantId = wellFormed(merchantIdField, input.merchantId);
  if (merchantId !== undefined && merchantId !== context.merchantId) add('merchantId', 'This is not your merchant id.');

  // Another merchant's or the other world's order is as unknown as a missing one.
  const reference = wellFormed(orderReferenceField, input.orderReference);
  let dueDate: string | null = null;
  if (reference) {
    const orderNumber = referencedOrderNumber(reference, context.merchantId);
    const order = orderNumber === null ? undefined : context.findOrder(orderNumber);
    if (order) dueDate = order.dueDate;
    else add('orderReference', noOrderMessage);
  }

  const wished = wellFormed(wishedDueDateField, input.wishedDueDate);
  if (wellFormed(topicField, input.topic) === 'payment-term-extension') {
    if (reference === null) add('orderReference', 'Name the order whose payment term should be extended.');
    if (wished === null) add('wishedDueDate', 'Give the due date you wish for.');
  }
  if (wished) {
    if (wished <= context.today) add('wishedDueDate', 'Choose a day after today.');
    else if (dueDate !== null && wished <= dueDate) add('wishedDueDate', `Choose a day after the order's due date, ${dueDate}.`);
  }

  if (!parsed.success || Object.keys(errors).length > 0) throw new TicketInvalid(errors);
  return parsed.data;
}
