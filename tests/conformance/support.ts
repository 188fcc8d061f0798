import type { Ticket, TicketBody, TicketDetail } from '@/contract/support';
import { ensure, expectProblemNaming, expectStatus, type Context } from './suite';

// Tickets with the provider's support: the merchant's list, filing one, what a ticket needs, and
// the conversation on a ticket.

async function listTickets(context: Context): Promise<Ticket[]> {
  const answer = await context.api.call('/support/tickets', { token: context.admin.token });
  expectStatus(answer, 200);
  return answer.json<{ items: Ticket[] }>().items;
}

export async function supportChecks(context: Context): Promise<void> {
  const { api, suite, admin, runId } = context;
  const [firstName = admin.name, ...rest] = admin.name.split(' ');
  const body: TicketBody = {
    firstName,
    lastName: rest.join(' ') || firstName,
    merchantId: admin.merchantId,
    email: admin.email,
    topic: 'technical',
    message: `Filed by the API conformance suite, run ${runId}.`,
  };
  const file = () => api.call('/support/tickets', { method: 'POST', token: admin.token, body, idempotencyKey: `conformance-${runId}-ticket` });

  await suite.check("the merchant's support tickets are listed newest first", async () => {
    const times = (await listTickets(context)).map((ticket) => Date.parse(ticket.createdAt));
    ensure(times.every((time, index) => index === 0 || time <= times[index - 1]!), 'the tickets are not newest first');
  });

  const filed = await suite.check('a support ticket is filed: 201 with a ticket number, listed first', async () => {
    const answer = await file();
    expectStatus(answer, 201);
    const ticket = answer.json<Ticket>();
    ensure(ticket.ticketNumber.trim() !== '', 'the ticket number is empty');
    ensure(ticket.message === body.message && ticket.topic === body.topic && ticket.email === body.email, 'the ticket does not hold what was sent');
    const [first] = await listTickets(context);
    ensure(first?.ticketNumber === ticket.ticketNumber, `the list starts with ${first?.ticketNumber}, not the new ${ticket.ticketNumber}`);
    return ticket;
  });

  await suite.check('the same ticket sent again with the same Idempotency-Key is filed once', async () => {
    ensure(filed, 'needs the ticket filed above');
    const answer = await file();
    expectStatus(answer, 201);
    ensure(answer.json<Ticket>().ticketNumber === filed.ticketNumber, 'the retry was answered with another ticket');
    const copies = (await listTickets(context)).filter((ticket) => ticket.message === body.message).length;
    ensure(copies === 1, `the ticket is listed ${copies} times`);
  });

  await suite.check('a ticket missing fields is refused with 422 naming each', async () => {
    const answer = await api.call('/support/tickets', { method: 'POST', token: admin.token, body: { topic: 'technical' } });
    expectProblemNaming(answer, 422, ['firstName', 'lastName', 'merchantId', 'email', 'message']);
  });

  await conversationChecks(context, filed);
}

async function conversationChecks(context: Context, filed: Ticket | undefined): Promise<void> {
  const { api, suite, admin, runId } = context;
  const path = (ticket: Ticket) => `/support/tickets/${encodeURIComponent(ticket.ticketNumber)}`;
  const reply = { body: `Written back by the API conformance suite, run ${runId}.` };
  const write = (ticket: Ticket) =>
    api.call(`${path(ticket)}/messages`, { method: 'POST', token: admin.token, body: reply, idempotencyKey: `conformance-${runId}-reply-${ticket.ticketNumber}` });

  await suite.check('a ticket opens as a conversation: what was sent, first, from the merchant', async () => {
    ensure(filed, 'needs the ticket filed above');
    const answer = await api.call(path(filed), { token: admin.token });
    expectStatus(answer, 200);
    const ticket = answer.json<TicketDetail>();
    const [first] = ticket.messages;
    ensure(first?.author === 'merchant' && first.body === filed.message, 'the first message is not the one sent');
    ensure(ticket.status === 'open' && !ticket.unread, `a new ticket is ${ticket.status}${ticket.unread ? ', unread' : ''}`);
  });

  await suite.check('writing back adds the message last, once for a retry with the same Idempotency-Key, and opens the ticket', async () => {
    ensure(filed, 'needs the ticket filed above');
    expectStatus(await write(filed), 201);
    const retry = await write(filed);
    expectStatus(retry, 201);
    const ticket = retry.json<TicketDetail>();
    const copies = ticket.messages.filter((message) => message.body === reply.body).length;
    ensure(copies === 1, `the message is in the conversation ${copies} times`);
    ensure(ticket.messages.at(-1)?.body === reply.body && ticket.status === 'open', 'the message is not last, or the ticket not open');
  });

  await suite.check('an empty message is refused with 422 naming the body; an unknown ticket is 404', async () => {
    ensure(filed, 'needs the ticket filed above');
    expectProblemNaming(await api.call(`${path(filed)}/messages`, { method: 'POST', token: admin.token, body: { body: '  ' } }), 422, ['body']);
    expectStatus(await api.call('/support/tickets/CPT-0-000000', { token: admin.token }), 404);
  });

  await suite.check('opening a ticket marks it read', async () => {
    ensure(filed, 'needs the ticket filed above');
    const answer = await api.call(`${path(filed)}/read`, { method: 'POST', token: admin.token });
    expectStatus(answer, 200);
    ensure(!answer.json<TicketDetail>().unread, 'the ticket is still unread');
  });

  await suite.check('a closed ticket takes no message (409)', async () => {
    const closed = (await listTickets(context)).find((ticket) => ticket.status === 'closed');
    ensure(closed, 'needs a closed ticket among the merchant’s');
    expectStatus(await write(closed), 409);
  });

  await suite.check('the tickets about an order are listed with ?orderNumber=', async () => {
    const about = (await listTickets(context)).find((ticket) => ticket.orderNumber !== null);
    ensure(about, 'needs a ticket about an order among the merchant’s');
    const answer = await api.call(`/support/tickets?orderNumber=${about.orderNumber}`, { token: admin.token });
    expectStatus(answer, 200);
    const listed = answer.json<{ items: Ticket[] }>().items;
    ensure(listed.some((ticket) => ticket.ticketNumber === about.ticketNumber), `${about.ticketNumber} is not listed`);
    ensure(listed.every((ticket) => ticket.orderNumber === about.orderNumber), 'a ticket about another order is listed');
  });
}
