import { http, HttpResponse } from 'msw';
import type { Mode } from '@/contract/common';
import type { Ticket } from '@/contract/support';
import type { Database } from '../db/database';
import { seededTickets } from '../db/seed-tickets';
import { currentStore } from '../db/store';
import { requireData } from '../http/guards';
import { answerOnce, idempotentRequest, jsonAnswer } from '../http/idempotency';
import { answer, ProblemError } from '../http/problem';
import { readJsonObject } from '../http/validate';
import { now, today } from '../rules/clock';
import { dueDate } from '../rules/order-status';
import { newestFirst, ticketNumber, type TicketRequest } from '../rules/ticket';
import { checkTicket, TicketInvalid, type TicketContext } from '../rules/ticket-check';

/** Seeded and filed, oldest first. */
function ticketsOf(db: Database, merchantId: string, mode: Mode): Ticket[] {
  return [...seededTickets(db.seedConfig, merchantId, mode), ...db.filedTickets(merchantId, mode)];
}

function checked(input: Record<string, unknown>, context: TicketContext): TicketRequest {
  try {
    return checkTicket(input, context);
  } catch (error) {
    if (error instanceof TicketInvalid) throw new ProblemError(422, 'Some values are not valid.', { errors: error.errors });
    throw error;
  }
}

export const support = [
  http.get('*/api/support/tickets', ({ request }) =>
    answer(async () => {
      const { merchant, mode } = await requireData(request, 'support:write');
      const items = await currentStore().read((db) => newestFirst(ticketsOf(db, merchant.id, mode)));
      return HttpResponse.json({ items });
    }),
  ),

  // The client keeps its Idempotency-Key across a failed send and a reload, so a retry never files twice.
  http.post('*/api/support/tickets', ({ request }) =>
    answer(async () => {
      const { merchant, mode } = await requireData(request, 'support:write');
      const idempotent = await idempotentRequest(request, merchant.id, mode);
      // Any JSON object gets through to the ticket rules, which name every invalid field at once.
      const input = await readJsonObject(request);

      const kept = await currentStore().write((context) =>
        answerOnce(context, idempotent, () => {
          const { db, record } = context;
          const fields = checked(input, {
            merchantId: merchant.id,
            today: today(),
            findOrder: (orderNumber) => {
              const order = db.order(merchant.id, mode, orderNumber);
              return order && { dueDate: dueDate(order.activatedAt, order.paymentTermDays) };
            },
          });
          const ticket: Ticket = {
            ticketNumber: ticketNumber(merchant.id, ticketsOf(db, merchant.id, mode).length),
            createdAt: now(),
            status: 'open',
            ...fields,
          };
          record({ kind: 'ticket', mode, ticket });
          return { status: 201, body: ticket };
        }),
      );
      return jsonAnswer(kept);
    }),
  ),
];
