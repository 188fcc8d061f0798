import type { Mode } from '@/contract/common';
import { agreedDueDates, type DueDateAgreement } from '../rules/due-date-agreement';
import type { TicketRecord } from '../rules/ticket';
import type { Conversation, KeptMessage } from '../rules/ticket-thread';
import type { Merchant } from './accounts';
import type { Database } from './database';
import { seededTickets } from './seed-tickets';

/** A ticket with what was written on it since; `seen` as seeded (a filed ticket: its own first message) until the merchant opens it. */
function conversation(db: Database, merchant: Merchant, mode: Mode, ticket: TicketRecord, seeded: { replies: readonly KeptMessage[]; seen: number }): Conversation {
  const changes = db.ticketChanges(merchant.id, mode, ticket.ticketNumber);
  return { ticket, currency: merchant.currency, replies: [...seeded.replies, ...changes.messages], seen: changes.seen ?? seeded.seen };
}

/** The due dates the provider agreed to in a world by the end of `today`, by order number. */
export function worldAgreements(db: Database, merchantId: string, mode: Mode, today: string): Map<string, DueDateAgreement> {
  const repliesSince = (ticket: TicketRecord) => db.ticketChanges(merchantId, mode, ticket.ticketNumber).messages;
  return agreedDueDates(
    [
      ...seededTickets(db.seedConfig, merchantId, mode).map(({ ticket, replies }) => ({ ticket, replies: [...replies, ...repliesSince(ticket)] })),
      ...db.filedTickets(merchantId, mode).map((ticket) => ({ ticket, replies: repliesSince(ticket) })),
    ],
    today,
  );
}

/** Every ticket of a merchant's world, seeded then filed, oldest first. */
export function conversationsOf(db: Database, merchant: Merchant, mode: Mode): Conversation[] {
  return [
    ...seededTickets(db.seedConfig, merchant.id, mode).map(({ ticket, ...seeded }) => conversation(db, merchant, mode, ticket, seeded)),
    ...db.filedTickets(merchant.id, mode).map((ticket) => conversation(db, merchant, mode, ticket, { replies: [], seen: 1 })),
  ];
}

/** One ticket of the merchant's world; undefined for another merchant's, the other world's or an unknown one. */
export function conversationOf(db: Database, merchant: Merchant, mode: Mode, ticketNumber: string): Conversation | undefined {
  return conversationsOf(db, merchant, mode).find((item) => item.ticket.ticketNumber === ticketNumber);
}

/** How many tickets the merchant has in this world, for the next one's number. */
export function ticketCount(db: Database, merchantId: string, mode: Mode): number {
  return seededTickets(db.seedConfig, merchantId, mode).length + db.filedTickets(merchantId, mode).length;
}
