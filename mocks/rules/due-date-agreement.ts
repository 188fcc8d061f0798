import { referencedOrderNumber } from '@/contract/support';
// An activated order's due date is moved only by the provider, on a payment-term extension request
// sent through support. Its support agrees in its first reply (provider-replies-*.ts): from the day
// of that reply the order counts its payment from the agreed day, while the invoice keeps its own.
import { firstReplyAt, type Conversation } from './ticket-thread';

export interface DueDateAgreement {
  dueDate: string;
  /** The request that asked for it. */
  ticketNumber: string;
  /** When the provider's reply agreed to it. */
  at: string;
}

/** The last moment of a day: what is agreed on `today` counts all day, as payment states count in days. */
const endOf = (day: string) => `${day}T23:59:59.999Z`;

/**
 * The due date each order was given by the end of `today`, by its order number: of several
 * requests about one order, the one the provider answered last.
 */
export function agreedDueDates(conversations: Iterable<Pick<Conversation, 'ticket' | 'replies'>>, today: string): Map<string, DueDateAgreement> {
  const agreements = new Map<string, DueDateAgreement>();
  for (const conversation of conversations) {
    const { ticket } = conversation;
    if (ticket.topic !== 'payment-term-extension' || ticket.wishedDueDate === null || ticket.orderReference === null) continue;
    const at = firstReplyAt(conversation, endOf(today));
    if (at === null) continue;
    const orderNumber = referencedOrderNumber(ticket.orderReference, ticket.merchantId);
    if (orderNumber === null) continue;
    const earlier = agreements.get(orderNumber);
    if (!earlier || earlier.at <= at) agreements.set(orderNumber, { dueDate: ticket.wishedDueDate, ticketNumber: ticket.ticketNumber, at });
  }
  return agreements;
}
