import { http, HttpResponse } from 'msw';
import type { Mode } from '@/contract/common';
import type { Merchant } from '../db/accounts';
import type { Database } from '../db/database';
import { currentStore } from '../db/store';
import { conversationOf } from '../db/ticket-conversations';
import { logActivity } from '../http/activity';
import { requireData } from '../http/guards';
import { answerOnce, idempotentRequest, jsonAnswer } from '../http/idempotency';
import { answer, ProblemError } from '../http/problem';
import { readBody } from '../http/validate';
import { now } from '../rules/clock';
import { ticketReplyBody } from '../rules/ticket-check';
import { merchantMessage, seenAt, ticketDetail, TicketRefusal, type Conversation } from '../rules/ticket-thread';

// A ticket as a conversation: read it, mark its replies read, write back. Tickets live in one data
// world, like orders: another merchant's or the other world's ticket is unknown (404).

/** The merchant's ticket, or a 404. */
export function requireConversation(db: Database, merchant: Merchant, mode: Mode, ticketNumber: string): Conversation {
  const conversation = conversationOf(db, merchant, mode, ticketNumber);
  if (!conversation) throw new ProblemError(404, `There is no ticket ${ticketNumber} in this data world.`);
  return conversation;
}

/** A change to a conversation, its rules' refusal answered as a 409. */
export function withinRules<T>(change: () => T): T {
  try {
    return change();
  } catch (error) {
    if (!(error instanceof TicketRefusal)) throw error;
    const kind = error.reason === 'closed' ? { slug: 'ticket-closed', title: 'Ticket closed' } : undefined;
    throw new ProblemError(409, error.message, { kind });
  }
}

const ticketPath = (params: Record<string, string | readonly string[] | undefined>) => String(params.ticketNumber);

export const supportThread = [
  http.get('*/api/support/tickets/:ticketNumber', ({ request, params }) =>
    answer(async () => {
      const { merchant, mode } = await requireData(request, 'support:write');
      const at = now();
      const detail = await currentStore().read((db) => ticketDetail(requireConversation(db, merchant, mode, ticketPath(params)), at));
      return HttpResponse.json(detail);
    }),
  ),

  // Opening a ticket is a change of its own, so that reading it (GET) stays safe to repeat and prefetch.
  http.post('*/api/support/tickets/:ticketNumber/read', ({ request, params }) =>
    answer(async () => {
      const { merchant, mode } = await requireData(request, 'support:write');
      const at = now();
      const detail = await currentStore().write(({ db, record }) => {
        const conversation = requireConversation(db, merchant, mode, ticketPath(params));
        const seen = seenAt(conversation, at);
        if (seen === conversation.seen) return ticketDetail(conversation, at);
        record({ kind: 'ticket-read', mode, merchantId: merchant.id, ticketNumber: conversation.ticket.ticketNumber, seen });
        return ticketDetail({ ...conversation, seen }, at);
      });
      return HttpResponse.json(detail);
    }),
  ),

  http.post('*/api/support/tickets/:ticketNumber/messages', ({ request, params }) =>
    answer(async () => {
      const { merchant, mode, user } = await requireData(request, 'support:write');
      const idempotent = await idempotentRequest(request, merchant.id, mode);
      // An unknown ticket is a 404 whatever the body or the key.
      await currentStore().read((db) => requireConversation(db, merchant, mode, ticketPath(params)));
      const { body } = await readBody(request, ticketReplyBody);

      const kept = await currentStore().write((context) => {
        const conversation = requireConversation(context.db, merchant, mode, ticketPath(params));
        return answerOnce(context, idempotent, () => {
          const at = now();
          const messages = withinRules(() => merchantMessage(conversation, { authorName: user.name, body, now: at }));
          const { ticketNumber } = conversation.ticket;
          for (const message of messages) context.record({ kind: 'ticket-message', mode, merchantId: merchant.id, ticketNumber, message });
          logActivity(context, merchant.id, user, { kind: 'ticket-replied', mode, subject: ticketNumber }, at);
          // Writing back, the merchant has seen everything up to their own message.
          const replies = [...conversation.replies, ...messages];
          const seen = replies.length + 1;
          context.record({ kind: 'ticket-read', mode, merchantId: merchant.id, ticketNumber, seen });
          return { status: 201, body: ticketDetail({ ...conversation, replies, seen }, at) };
        });
      });
      return jsonAnswer(kept);
    }),
  ),
];
