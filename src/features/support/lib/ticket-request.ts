import { ticketLanguages, type TicketBody } from '@/contract/support';
import { typedAmountCents } from '@/lib/amount-text';
import type { TicketForm } from '../api/ticket-form';

/**
 * What the API is sent: trimmed values, optional fields left out when empty or not of the topic, and
 * the language the user works in, which the provider's support answers in.
 */
export function toTicketRequest(values: TicketForm, { locale, currency, language }: { locale: string; currency: string; language: string }): TicketBody {
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
    language: ticketLanguages.find((code) => code === language),
    wishedDueDate: values.topic === 'payment-term-extension' ? optional(values.wishedDueDate) : undefined,
    paymentDate: missingPayment ? optional(values.paymentDate) : undefined,
    paidAmount: missingPayment ? (typedAmountCents(values.paidAmount, locale, currency) ?? undefined) : undefined,
    shopperBankReference: missingPayment ? optional(values.shopperBankReference) : undefined,
  };
}
