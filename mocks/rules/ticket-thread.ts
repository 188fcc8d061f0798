import { referencedOrderNumber } from '@/contract/support';
// A request as a conversation: the message it was filed with, then the merchant's and the
// provider's messages. The provider answers a merchant's message on the next day of the backend's
// clock; that reply is derived here from the request and the time, so no timer has to run, and it
// is recorded once the merchant writes after it.
import type { Currency } from '@/contract/common';
import type { Ticket, TicketDetail, TicketMessage, TicketStatus } from '@/contract/support';
import { addDays, datePart } from './dates';
import { providerReply } from './provider-replies';
import type { TicketRecord } from './ticket';

/** A message as kept: what the contract shows, and the state it leaves the request in (a merchant's: open). */
export type KeptMessage = TicketMessage & { status: TicketStatus };

export interface Conversation {
  ticket: TicketRecord;
  /** The merchant's currency, that of the amounts the request names. */
  currency: Currency;
  /** The messages after the first, seeded or written since, oldest first. */
  replies: readonly KeptMessage[];
  /** How many messages of the thread the merchant has seen. */
  seen: number;
}

/** Why a message cannot be added; the handlers answer 409. */
export class TicketRefusal extends Error {
  override readonly name = 'TicketRefusal';

  constructor(
    readonly reason: 'closed' | 'nothing-to-answer',
    message: string,
  ) {
    super(message);
  }
}

/** The provider's support reads the previous day's mail first thing in the morning (UTC). */
const replyTime = 'T08:30:00.000Z';

const messageId = (ticket: TicketRecord, position: number) => `${ticket.ticketNumber}-${position}`;

function recorded({ ticket, replies }: Pick<Conversation, 'ticket' | 'replies'>): KeptMessage[] {
  const { firstName, lastName, createdAt, message } = ticket;
  const opening: KeptMessage = {
    id: messageId(ticket, 1),
    author: 'merchant',
    authorName: `${firstName} ${lastName}`,
    at: createdAt,
    body: message,
    status: 'open',
  };
  return [opening, ...replies];
}

/** The provider's next reply, written at `at`: to the merchant's latest message. */
function nextReply(conversation: Conversation, messages: readonly KeptMessage[], at: string): KeptMessage {
  const round = messages.filter((message) => message.author === 'merchant').length - 1;
  const reply = providerReply(conversation.ticket, round, conversation.currency);
  return { id: messageId(conversation.ticket, messages.length + 1), author: 'provider', at, ...reply };
}

/** When the provider writes, by `now`, a reply not recorded yet: to a merchant's message of an earlier day; null for none. */
function dueReplyAt(messages: readonly KeptMessage[], now: string): string | null {
  const last = messages.at(-1)!;
  if (last.author !== 'merchant') return null;
  const replyDay = addDays(datePart(last.at), 1);
  if (datePart(now) < replyDay) return null;
  // Never later than now: on the reply's own day, before the morning's answers, it is written now.
  const morning = `${replyDay}${replyTime}`;
  return morning < now ? morning : now;
}

/** The reply the provider has written by `now` and that is not recorded yet. */
function dueReply(conversation: Conversation, messages: readonly KeptMessage[], now: string): KeptMessage | null {
  const at = dueReplyAt(messages, now);
  return at === null ? null : nextReply(conversation, messages, at);
}

/**
 * When the provider first answered the request, recorded or due by `now`; null before. Its words
 * are not written out: what the answer says follows from the request's topic alone.
 */
export function firstReplyAt(conversation: Pick<Conversation, 'ticket' | 'replies'>, now: string): string | null {
  const messages = recorded(conversation);
  return messages.find((message) => message.author === 'provider')?.at ?? dueReplyAt(messages, now);
}

/** Every message of the request as it stands at `now`, oldest first. */
export function threadAt(conversation: Conversation, now: string): KeptMessage[] {
  const messages = recorded(conversation);
  const due = dueReply(conversation, messages, now);
  return due ? [...messages, due] : messages;
}

/** The request and its conversation at `now`, as the API answers it. */
export function ticketDetail(conversation: Conversation, now: string): TicketDetail {
  const { ticket, currency, seen } = conversation;
  const messages = threadAt(conversation, now);
  const last = messages.at(-1)!;
  return {
    ticketNumber: ticket.ticketNumber,
    createdAt: ticket.createdAt,
    status: last.status,
    unread: messages.slice(seen).some((message) => message.author === 'provider'),
    lastMessageAt: last.at,
    firstName: ticket.firstName,
    lastName: ticket.lastName,
    merchantId: ticket.merchantId,
    email: ticket.email,
    topic: ticket.topic,
    orderReference: ticket.orderReference,
    orderNumber: ticket.orderReference === null ? null : referencedOrderNumber(ticket.orderReference, ticket.merchantId),
    customerId: ticket.customerId,
    message: ticket.message,
    language: ticket.language,
    wishedDueDate: ticket.wishedDueDate,
    paymentDate: ticket.paymentDate,
    paidAmount: ticket.paidAmount,
    currency,
    shopperBankReference: ticket.shopperBankReference,
    messages: messages.map(({ status: _status, ...message }) => message),
  };
}

/** The request without its messages, as lists show it. */
export function ticketSummary(conversation: Conversation, now: string): Ticket {
  const { messages: _messages, ...ticket } = ticketDetail(conversation, now);
  return ticket;
}

/**
 * What a merchant's message records: the provider's reply due by now, so that the thread keeps it
 * where it was read, then the message. A closed request takes none.
 */
export function merchantMessage(conversation: Conversation, { authorName, body, now }: { authorName: string; body: string; now: string }): KeptMessage[] {
  const recordedMessages = recorded(conversation);
  const due = dueReply(conversation, recordedMessages, now);
  const messages = due ? [...recordedMessages, due] : recordedMessages;
  if (messages.at(-1)!.status === 'closed') throw new TicketRefusal('closed', 'This ticket is closed: write a new one.');
  const message: KeptMessage = { id: messageId(conversation.ticket, messages.length + 1), author: 'merchant', authorName, at: now, body, status: 'open' };
  return due ? [due, message] : [message];
}

/**
 * The provider's reply written now rather than on the next day (a demonstration's or a test's
 * wish): to the merchant's latest message, or after a holding reply of the provider.
 */
export function replyNow(conversation: Conversation, now: string): KeptMessage {
  const messages = threadAt(conversation, now);
  const last = messages.at(-1)!;
  if (last.status === 'closed') throw new TicketRefusal('closed', 'This ticket is closed.');
  if (last.author === 'provider' && last.status !== 'open') throw new TicketRefusal('nothing-to-answer', 'The provider has answered the last message; the merchant has the next word.');
  return nextReply(conversation, messages, now);
}

/** How many messages the merchant has seen once they open the request at `now`. */
export function seenAt(conversation: Conversation, now: string): number {
  return threadAt(conversation, now).length;
}
