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
 * user's language, rather than the server's English sentence.
 */
export function serverFieldErrors(errors: Record<string, string[]>): { field: keyof TicketForm; message: string }[] {
  return formFields.filter((field) => errors[field]?.length).map((field) => ({ field, message: `support:validation.server.${field}` }));
}
