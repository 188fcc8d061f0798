import { http, HttpResponse } from 'msw';
import { ticketListQuerySchema, ticketStatuses } from '@/contract/support';
import { currentStore } from '../db/store';
import { conversationsOf, ticketCount } from '../db/ticket-conversations';
import { logActivity } from '../http/activity';
import { contractBody, searchMessage, unknownValues } from '../http/contract-body';
import { requireData } from '../http/guards';
import { answerOnce, idempotentRequest, jsonAnswer } from '../http/idempotency';
import { answer, ProblemError } from '../http/problem';
import { readJsonObject, readQuery } from '../http/validate';
import { now, today } from '../rules/clock';
import { dueDate } from '../rules/order-status';
import { matchesTicketFilter, newestFirst, ticketNumber, type TicketRecord, type TicketRequest } from '../rules/ticket';
import { checkTicket, TicketInvalid, type TicketContext } from '../rules/ticket-check';
import { ticketDetail, ticketSummary } from '../rules/ticket-thread';

export const ticketListQuery = contractBody(ticketListQuerySchema, {
  orderNumber: 'Give the order number in digits.',
  status: { custom: unknownValues(ticketStatuses) },
  q: searchMessage,
});

function checked(input: Record<string, unknown>, context: TicketContext): TicketRequest {
  try {
    return checkTicket(input, context);
  } catch (error) {
    if (error instanceof TicketInvalid) throw new ProblemError(422, 'Some values are not valid.', { errors: error.errors, extensions: error.extensions });
    throw error;
  }
}

export const support = [
  http.get('*/api/support/tickets', ({ request }) =>
    answer(async () => {
      const { merchant, mode } = await requireData(request, 'support:write');
      const { orderNumber, ...filter } = readQuery(new URL(request.url).searchParams, ticketListQuery);
      const at = now();
      const items = await currentStore().read((db) =>
        conversationsOf(db, merchant, mode)
          .map((conversation) => ticketDetail(conversation, at))
          .filter((ticket) => (orderNumber === undefined || ticket.orderNumber === orderNumber) && matchesTicketFilter(ticket, filter))
          .map(({ messages: _messages, ...ticket }) => ticket),
      );
      return HttpResponse.json({ items: newestFirst(items) });
    }),
  ),

  // The client keeps its Idempotency-Key across a failed send and a reload, so a retry never files twice.
  http.post('*/api/support/tickets', ({ request }) =>
    answer(async () => {
      const { merchant, mode, user } = await requireData(request, 'support:write');
      const idempotent = await idempotentRequest(request, merchant.id, mode);
      // Any JSON object gets through to the ticket rules, which name every invalid field at once.
      const input = await readJsonObject(request);

      const kept = await currentStore().write((context) =>
        answerOnce(context, idempotent, () => {
          const { db, record } = context;
          const day = today();
          const at = now();
          const fields = checked(input, {
            merchantId: merchant.id,
            today: day,
            findOrder: (orderNumber) => {
              const order = db.order(merchant.id, mode, orderNumber);
              return order && {
                status: order.status,
                invoiceDate: order.activatedAt?.slice(0, 10) ?? null,
                dueDate: dueDate(order.activatedAt, order.paymentTermDays),
                agreedDueDate: db.dueDateAgreement(merchant.id, mode, orderNumber, day)?.dueDate ?? null,
              };
            },
            // Not answered by the provider yet: its first reply agrees to a date or says why not.
            openExtensionTicket: (orderNumber) =>
              conversationsOf(db, merchant, mode)
                .map((conversation) => ticketDetail(conversation, at))
                .find(
                  (ticket) =>
                    ticket.topic === 'payment-term-extension' &&
                    ticket.orderNumber === orderNumber &&
                    ticket.status !== 'closed' &&
                    ticket.messages.every((message) => message.author === 'merchant'),
                )?.ticketNumber ?? null,
          });
          const ticket: TicketRecord = { ticketNumber: ticketNumber(merchant.id, mode, ticketCount(db, merchant.id, mode)), createdAt: at, ...fields };
          record({ kind: 'ticket', mode, ticket });
          logActivity(context, merchant.id, user, { kind: 'ticket-filed', mode, subject: ticket.ticketNumber }, at);
          return { status: 201, body: ticketSummary({ ticket, currency: merchant.currency, replies: [], seen: 1 }, at) };
        }),
      );
      const filed = (kept.body as { ticketNumber: string }).ticketNumber;
      return jsonAnswer(kept, `${new URL(request.url).pathname}/${encodeURIComponent(filed)}`);
    }),
  ),
];
