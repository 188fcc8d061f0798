import type { TicketForm } from '../api/ticket-form';

const formFields = [
  'firstName',
  'lastName',
  'merchantId',
  'email',
  'topic',
  'orderReference',
  'customerId',
  'message',
  'wishedDueDate',
  'paymentDate',
  'paidAmount',
  'shopperBankReference',
] as const;

/**
 * The API's 422 names the fields it refused; each gets our own message for that field, in the
 * user's language, rather than the server's English sentence. An extension's order reference is
 * also refused for an order with no due date to move, which its message says.
 */
export function serverFieldErrors(errors: Record<string, string[]>, topic?: TicketForm['topic']): { field: keyof TicketForm; message: string }[] {
  const messageOf = (field: keyof TicketForm) =>
    field === 'orderReference' && topic === 'payment-term-extension' ? 'support:validation.server.orderReferenceExtension' : `support:validation.server.${field}`;
  return formFields.filter((field) => errors[field]?.length).map((field) => ({ field, message: messageOf(field) }));
}
