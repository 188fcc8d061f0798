import type { TicketBody } from '@/contract/support';
import { typedAmountCents } from '@/lib/amount-text';
import type { TicketForm } from '../api/ticket-form';

/** What the API is sent: trimmed values, optional fields left out when empty or not of the topic. */
export function toTicketRequest(values: TicketForm, locale: string, currency: string): TicketBody {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const missingPayment = values.topic === 'missing-payment';
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    merchantId: values.merchantId.trim(),
    email: values.email.trim(),
    topic: values.topic as TicketBody['topic'],
    orderReference: optional(values.orderReference),
    customerId: optional(values.customerId),
    message: values.message.trim(),
    wishedDueDate: values.topic === 'payment-term-extension' ? optional(values.wishedDueDate) : undefined,
    paymentDate: missingPayment ? optional(values.paymentDate) : undefined,
    paidAmount: missingPayment ? (typedAmountCents(values.paidAmount, locale, currency) ?? undefined) : undefined,
    shopperBankReference: missingPayment ? optional(values.shopperBankReference) : undefined,
  };
}
