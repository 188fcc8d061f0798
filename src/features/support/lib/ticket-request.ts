import type { TicketBody } from '@/contract/support';
import type { TicketForm } from '../api/ticket-form';

/** What the API is sent: trimmed values, optional fields left out when empty. */
export function toTicketRequest(values: TicketForm): TicketBody {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
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
  };
}
