// A message to the provider's support. Its wire shape is the contract's `Ticket` (@/contract/support).
import type { Mode } from '@/contract/common';
import { paymentReference } from '@/contract/orders';
import type { Ticket, TicketMessage, TicketStatus } from '@/contract/support';
import { valueTexts } from './value-texts';

/** What the user sent, checked and trimmed. */
export type TicketRequest = Pick<
  Ticket,
  | 'firstName'
  | 'lastName'
  | 'merchantId'
  | 'email'
  | 'topic'
  | 'orderReference'
  | 'customerId'
  | 'message'
  | 'language'
  | 'wishedDueDate'
  | 'paymentDate'
  | 'paidAmount'
  | 'shopperBankReference'
>;

/** A request as it was filed; its conversation since is kept beside it. */
export type TicketRecord = TicketRequest & Pick<Ticket, 'ticketNumber' | 'createdAt'>;

/** Each merchant's numbers in each world count up from here. */
const firstSequence = 101;

/**
 * The number of a merchant's ticket, given its world and how many it filed before in that world.
 * Each world counts on its own, so a test ticket's count starts with a T (CPT-3333-T00101, a live
 * one CPT-3333-000101): a number never names one ticket in Test and another in Live.
 */
export function ticketNumber(merchantId: string, mode: Mode, earlierTickets: number): string {
  const sequence = firstSequence + earlierTickets;
  return `CPT-${merchantId}-${mode === 'test' ? `T${String(sequence).padStart(5, '0')}` : String(sequence).padStart(6, '0')}`;
}

/** Newest first; tickets filed in the same instant by their number. */
export function newestFirst<T extends Pick<Ticket, 'createdAt' | 'ticketNumber'>>(tickets: readonly T[]): T[] {
  return [...tickets].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.ticketNumber.localeCompare(a.ticketNumber));
}

/** What a list of tickets may be narrowed to: states, and words found in what identifies a ticket or the list shows of it. */
export interface TicketFilter {
  status?: readonly TicketStatus[];
  q?: string;
}

/**
 * Whether a ticket is in one of the states and matches every word typed, case aside: in what the
 * list shows of it, or anywhere in its conversation, the provider's replies and their authors too.
 */
export function matchesTicketFilter(ticket: Ticket & { messages?: readonly Pick<TicketMessage, 'authorName' | 'body'>[] }, { status, q }: TicketFilter): boolean {
  if (status && status.length > 0 && !status.includes(ticket.status)) return false;
  const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  // The order as either reference names it: a ticket filed with its number is found by its payment reference too.
  const order = ticket.orderNumber === null ? [] : [ticket.orderNumber, paymentReference(ticket.orderNumber, ticket.merchantId)];
  // What the list shows of it too: who wrote it, and its topic in any of the app's languages.
  const topic = Object.values(valueTexts).map((texts) => texts.topics[ticket.topic]);
  const sender = [ticket.firstName, ticket.lastName, ticket.email];
  const conversation = (ticket.messages ?? []).flatMap((message) => [message.authorName, message.body]);
  const text = [ticket.ticketNumber, ticket.orderReference, ...order, ticket.customerId, ...sender, ...topic, ticket.message, ...conversation].filter(Boolean).join('\n').toLowerCase();
  return words.every((word) => text.includes(word));
}
