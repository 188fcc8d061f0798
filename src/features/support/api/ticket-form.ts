import { z } from 'zod';
import { limits } from '@/contract/common';
import { topics } from '@/contract/support';
import { readAmount } from '@/lib/amount-text';
import { alwaysCheck } from '@/lib/validation';
import { extensionRefusal, localToday, orderNamedBy, refusalMessages, type OrderTerm } from '../lib/extension-range';

/** An order number (1234567) or a payment reference as shoppers quote it (BP1234567/3333). */
const orderReferencePattern = /^(\d{4,10}|BP\d{4,10}(\/\d{2,10})?)$/i;

const amountProblems = {
  'not-a-number': 'support:validation.paidAmountNotNumber',
  ambiguous: 'support:validation.paidAmountAmbiguous',
  'too-precise': 'support:validation.paidAmountTooPrecise',
} as const;

/** A field's message key, for the cross-field checks below. */
type FieldProblem = [field: string, message: string];

function extensionProblems(form: { orderReference: string; wishedDueDate: string }, order: OrderTerm | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const named = orderNamedBy(order, form.orderReference);
  const refusal = named ? extensionRefusal(named) : null;
  if (!form.orderReference) problems.push(['orderReference', 'support:validation.orderReferenceRequired']);
  else if (refusal) problems.push(['orderReference', `support:${refusalMessages[refusal]}`]);
  // No day can be asked for such an order: the reference says why, and no date is asked for.
  if (refusal) return problems;
  const range = named?.dueDateExtension ?? null;
  const wished = form.wishedDueDate;
  const problem = !wished
    ? 'support:validation.wishedDueDate'
    : wished <= localToday()
      ? 'support:validation.wishedDueDateFuture'
      : range && wished < range.from
        ? 'support:validation.wishedDueDateAfterDue'
        : range && wished > range.to
          ? 'support:validation.wishedDueDateTooLate'
          : null;
  if (problem) problems.push(['wishedDueDate', problem]);
  return problems;
}

type PaymentFields = { orderReference: string; paymentDate: string; paidAmount: string; shopperBankReference: string };

function missingPaymentProblems(form: PaymentFields, locale: string, currency: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push([field, message]);
  if (!form.orderReference) add('orderReference', 'support:validation.orderReferenceMissingPayment');
  if (!form.paymentDate) add('paymentDate', 'support:validation.paymentDate');
  else if (form.paymentDate > localToday()) add('paymentDate', 'support:validation.paymentDateFuture');
  const reading = readAmount(form.paidAmount, locale, currency);
  if (!form.paidAmount.trim()) add('paidAmount', 'support:validation.paidAmount');
  else if ('problem' in reading) add('paidAmount', amountProblems[reading.problem]);
  else if (reading.cents <= 0) add('paidAmount', 'support:validation.paidAmountPositive');
  else if (reading.cents > limits.requestAmountMax) add('paidAmount', 'support:validation.paidAmountTooLarge');
  if (!form.shopperBankReference.trim()) add('shopperBankReference', 'support:validation.shopperBankReference');
  return problems;
}

/**
 * The contact form's own checks. Messages are catalogue keys, so they show in the user's language;
 * the API repeats every check and its 422 field errors land on the same fields. `order` is the
 * order the form was started from or its reference names, whose state and due date bound an
 * extension; amounts are read as `locale` writes money of `currency`.
 */
export function ticketFormSchema({ order, locale, currency }: { order?: OrderTerm; locale: string; currency: string }) {
  return z
    .object({
      firstName: z.string().trim().min(1, { error: 'support:validation.firstName' }).max(limits.nameLength, { error: 'support:validation.tooLong.name' }),
      lastName: z.string().trim().min(1, { error: 'support:validation.lastName' }).max(limits.nameLength, { error: 'support:validation.tooLong.name' }),
      merchantId: z.string().trim().regex(/^\d{2,10}$/, { error: 'support:validation.merchantId' }),
      email: z.email({ error: 'support:validation.email' }).max(limits.emailLength, { error: 'support:validation.tooLong.email' }),
      // Empty until the user (or the order the request was started from) picks one.
      topic: z
        .enum(topics, { error: 'support:validation.topic' })
        .optional()
        .refine((topic) => topic !== undefined, { error: 'support:validation.topic' }),
      // As it is pasted from a bank statement too (BP 1234567 / 3333): sent without its spaces.
      orderReference: z
        .string()
        .transform((value) => value.replace(/\s+/g, ''))
        .refine((value) => value === '' || orderReferencePattern.test(value), { error: 'support:validation.orderReferenceFormat' }),
      customerId: z.string().trim().max(limits.customerIdLength, { error: 'support:validation.tooLong.customerId' }),
      message: z.string().trim().min(1, { error: 'support:validation.message' }).max(limits.messageLength, { error: 'support:validation.messageTooLong' }),
      wishedDueDate: z.string(),
      paymentDate: z.string(),
      paidAmount: z.string(),
      shopperBankReference: z.string().trim().max(limits.bankReferenceLength, { error: 'support:validation.tooLong.bankReference' }),
    })
    .superRefine((form, context) => {
      const problems =
        form.topic === 'payment-term-extension' ? extensionProblems(form, order) : form.topic === 'missing-payment' ? missingPaymentProblems(form, locale, currency) : [];
      for (const [field, message] of problems) context.addIssue({ code: 'custom', path: [field], message });
    }, alwaysCheck);
}
export type TicketForm = z.input<ReturnType<typeof ticketFormSchema>>;
