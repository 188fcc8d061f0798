import type { Mode } from '@/contract/common';
import { agreedDueDates, type DueDateAgreement } from '../rules/due-date-agreement';
import type { TicketRecord } from '../rules/ticket';
import type { Conversation, KeptMessage } from '../rules/ticket-thread';
import type { Merchant } from './accounts';
import type { Database } from './database';
import { seededTickets } from './seed-tickets';

/**
 * Every ticket of a world, seeded then filed, oldest first, with what was written on it since;
 * `seen` as seeded (a filed ticket: its own first message) until the merchant opens it.
 */
function ticketsOf(db: Database, merchantId: string, mode: Mode): Omit<Conversation, 'currency'>[] {
  const withChanges = (ticket: TicketRecord, seeded: { replies: readonly KeptMessage[]; seen: number }) => {
    const changes = db.ticketChanges(merchantId, mode, ticket.ticketNumber);
    return { ticket, replies: [...seeded.replies, ...changes.messages], seen: changes.seen ?? seeded.seen };
  };
  return [
    ...seededTickets(db.seedConfig, merchantId, mode).map(({ ticket, ...seeded }) => withChanges(ticket, seeded)),
    ...db.filedTickets(merchantId, mode).map((ticket) => withChanges(ticket, { replies: [], seen: 1 })),
  ];
}

/** The due dates the provider agreed to in a world by the end of `today`, by order number. */
export function worldAgreements(db: Database, merchantId: string, mode: Mode, today: string): Map<string, DueDateAgreement> {
  return agreedDueDates(ticketsOf(db, merchantId, mode), today);
}

/** Every ticket of a merchant's world as a conversation, in the merchant's currency, oldest first. */
export function conversationsOf(db: Database, merchant: Merchant, mode: Mode): Conversation[] {
  return ticketsOf(db, merchant.id, mode).map((ticket) => ({ ...ticket, currency: merchant.currency }));
}

/** One ticket of the merchant's world; undefined for another merchant's, the other world's or an unknown one. */
export function conversationOf(db: Database, merchant: Merchant, mode: Mode, ticketNumber: string): Conversation | undefined {
  return conversationsOf(db, merchant, mode).find((item) => item.ticket.ticketNumber === ticketNumber);
}

/** How many tickets the merchant has in this world, for the next one's number. */
export function ticketCount(db: Database, merchantId: string, mode: Mode): number {
  return seededTickets(db.seedConfig, merchantId, mode).length + db.filedTickets(merchantId, mode).length;
}
