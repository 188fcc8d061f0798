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
 * also refused for an order with no due date to move, a missing payment's for an order not waiting
 * for one, or for an order whose earlier request still waits for an answer (`openExtensionTicket`),
 * which their messages say.
 */
export function serverFieldErrors(errors: Record<string, string[]>, topic?: TicketForm['topic'], openExtensionTicket?: string): { field: keyof TicketForm; message: string }[] {
  const messageOf = (field: keyof TicketForm) => {
    if (field === 'orderReference' && openExtensionTicket) return 'support:validation.server.extensionOpen';
    if (field === 'orderReference' && topic === 'payment-term-extension') return 'support:validation.server.orderReferenceExtension';
    if (field === 'orderReference' && topic === 'missing-payment') return 'support:validation.server.orderReferenceMissingPayment';
    return `support:validation.server.${field}`;
  };
  return formFields.filter((field) => errors[field]?.length).map((field) => ({ field, message: messageOf(field) }));
}
