import type { z } from 'zod';
import { limits } from '@/contract/common';
import type { OrderStatus } from '@/contract/orders';
import { referencedOrderNumber, ticketBodySchema, ticketLanguages, ticketReplyBodySchema, topics } from '@/contract/support';
import { checkBody, contractBody, required } from '../http/contract-body';
import { addDays } from './dates';
import { dueDateExtension } from './order-status';
import type { TicketRequest } from './ticket';

/** What a ticket is checked against: the signed-in merchant's own data in one world. */
export interface TicketContext {
  merchantId: string;
  today: string;
  /**
   * The merchant's order in this world, with its state, its invoice's day and due date (null
   * before activation) and the later due date the provider agreed to, if any.
   */
  findOrder(orderNumber: string): { status: OrderStatus; invoiceDate: string | null; dueDate: string | null; agreedDueDate: string | null } | undefined;
  /** The number of the order's payment-term extension request the provider has not answered yet, if one is. */
  openExtensionTicket(orderNumber: string): string | null;
}

/** Field messages keyed by the request field they are about (422). */
export class TicketInvalid extends Error {
  override readonly name = 'TicketInvalid';

  constructor(
    readonly errors: Record<string, string[]>,
    /** Extension members of the problem: the open request a new extension would repeat. */
    readonly extensions: { openExtensionTicket?: string } = {},
  ) {
    super('Some values are not valid.');
  }
}

const emailMessage = 'Enter a valid e-mail address.';

/** The ticket's fields on their own: the contract's schema, in the backend's words. */
export const ticketBody = contractBody(ticketBodySchema, {
  firstName: required('Enter your first name.'),
  lastName: required('Enter your last name.'),
  merchantId: 'Enter your merchant id.',
  email: { invalid_type: emailMessage, invalid_format: emailMessage },
  topic: `Choose one of the topics: ${topics.join(', ')}.`,
  orderReference: 'Give the order reference as text.',
  customerId: { invalid_type: 'Give the customer id as text.' },
  message: required('Write your message.'),
  language: `Use one of ${ticketLanguages.join(', ')}.`,
  wishedDueDate: 'Give the date as YYYY-MM-DD.',
  paymentDate: 'Give the date as YYYY-MM-DD.',
  paidAmount: {
    invalid_type: 'Give the amount in whole cents.',
    not_integer: 'Give the amount in whole cents.',
    too_small: 'Give an amount above zero.',
    too_big: `Give an amount of at most ${limits.requestAmountMax} cents.`,
  },
  shopperBankReference: { invalid_type: 'Give the reference as text.' },
});

/** A message written on a ticket. */
export const ticketReplyBody = contractBody(ticketReplyBodySchema, { body: required('Write your message.') });

const fields = ticketBodySchema.shape;

// An optional field may be left out, null or blank: all three mean "not given".
const given = (value: string | null | undefined): string | null => value?.trim() || null;

/** An optional field's value: null when not given, undefined when it is not well-formed. */
function optionalField(schema: z.ZodType<string | null | undefined>, value: unknown): string | null | undefined {
  const result = schema.safeParse(value);
  return result.success ? given(result.data) : undefined;
}

/**
 * Checks a ticket the user sent: the fields on their own, then against the
 * merchant's data. Every invalid field is named at once, so the user can
 * correct them all in one go.
 */
export function checkTicket(input: Record<string, unknown>, context: TicketContext): TicketRequest {
  const checked = checkBody(ticketBody, input);
  const errors = checked.success ? {} : checked.errors;
  const add = (field: string, message: string) => void (errors[field] ??= []).push(message);

  const merchantId = fields.merchantId.safeParse(input.merchantId).data;
  if (merchantId !== undefined && merchantId !== context.merchantId) add('merchantId', 'This is not your merchant id.');

  // Another merchant's or the other world's order is as unknown as a missing one.
  const reference = optionalField(fields.orderReference, input.orderReference);
  const orderNumber = reference ? referencedOrderNumber(reference, context.merchantId) : null;
  const order = orderNumber === null ? undefined : context.findOrder(orderNumber);
  if (reference && !order) add('orderReference', 'No order with this reference in this data world.');
  const topic = fields.topic.safeParse(input.topic).data;
  const extendable = order?.status === 'activated';
  const dueDate = extendable ? order.dueDate : null;
  // An order due too long ago has no day left to ask for: the reference says so, not the date.
  const tooLate = dueDate !== null && dueDateExtension(order!.status, dueDate, context.today) === null;
  const wished = optionalField(fields.wishedDueDate, input.wishedDueDate);
  // A second request would leave the provider two dates to choose from: the first is written on instead.
  const openExtension = topic === 'payment-term-extension' && extendable && !tooLate ? context.openExtensionTicket(orderNumber!) : null;
  if (topic === 'payment-term-extension') {
    if (reference === null) add('orderReference', 'Name the order whose payment term should be extended.');
    // Only an activated order still to be paid has a due date the provider could move.
    else if (order && !extendable) add('orderReference', `Order ${orderNumber} is ${order.status}: only an activated order still to be paid has a due date to move.`);
    else if (tooLate) add('orderReference', `Order ${orderNumber} has been due since ${dueDate}, ${limits.extensionDaysMax} days or more: its due date can no longer be moved.`);
    else if (openExtension) add('orderReference', `Order ${orderNumber} has a request for a later due date waiting for an answer, ticket ${openExtension}: write on it.`);
    if (wished === null) add('wishedDueDate', 'Give the due date you wish for.');
  }
  if (wished && topic === 'payment-term-extension' && !tooLate) {
    if (wished <= context.today) add('wishedDueDate', 'Choose a day after today.');
    else if (dueDate !== null && wished <= dueDate) add('wishedDueDate', `Choose a day after the order's due date, ${dueDate}.`);
    else if (order?.agreedDueDate && wished <= order.agreedDueDate) add('wishedDueDate', `Choose a day after the due date already agreed, ${order.agreedDueDate}.`);
    else if (dueDate !== null && wished > addDays(dueDate, limits.extensionDaysMax)) {
      add('wishedDueDate', `Choose a day at most ${limits.extensionDaysMax} days after the order's due date, ${dueDate}.`);
    }
  }

  const paymentDate = optionalField(fields.paymentDate, input.paymentDate);
  if (topic === 'missing-payment') {
    if (reference === null) add('orderReference', 'Name the order the payment is missing from.');
    // A shopper pays an invoice: only an order activated and still to be paid can wait for a payment.
    else if (order && order.status !== 'activated') add('orderReference', `Order ${orderNumber} is ${order.status}: only an activated order still to be paid can have a payment missing.`);
    if (paymentDate === null) add('paymentDate', 'Give the day the shopper paid.');
    if (input.paidAmount === undefined || input.paidAmount === null) add('paidAmount', 'Give the amount the shopper paid.');
    if (optionalField(fields.shopperBankReference, input.shopperBankReference) === null) {
      add('shopperBankReference', "Give the reference on the shopper's bank statement.");
    }
  }
  if (paymentDate && topic === 'missing-payment') {
    if (paymentDate > context.today) add('paymentDate', 'The payment cannot be later than today.');
    else if (order?.invoiceDate && paymentDate < order.invoiceDate) add('paymentDate', `The payment cannot be before the invoice, issued on ${order.invoiceDate}.`);
  }

  if (!checked.success || Object.keys(errors).length > 0) throw new TicketInvalid(errors, openExtension ? { openExtensionTicket: openExtension } : {});
  // In the order of the contract's Ticket; the merchant id is the caller's, as checked above. A
  // topic's own fields are kept with it only: a wished due date sent with a technical question is not.
  const { firstName, lastName, email, orderReference, customerId, message, language, wishedDueDate, paidAmount, shopperBankReference } = checked.data;
  const extension = checked.data.topic === 'payment-term-extension';
  const missingPayment = checked.data.topic === 'missing-payment';
  return {
    firstName,
    lastName,
    merchantId: context.merchantId,
    email,
    topic: checked.data.topic,
    orderReference: given(orderReference),
    customerId: given(customerId),
    message,
    language,
    wishedDueDate: extension ? given(wishedDueDate) : null,
    paymentDate: missingPayment ? given(checked.data.paymentDate) : null,
    paidAmount: missingPayment ? (paidAmount ?? null) : null,
    shopperBankReference: missingPayment ? given(shopperBankReference) : null,
  };
}
