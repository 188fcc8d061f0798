import type { Ticket, TicketBody } from '@/contract/support';
import { ensure, expectProblemNaming, expectStatus, type Context } from './suite';

// Requests to the provider's support: the merchant's list, filing one, and what a request needs.

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

  await suite.check("the merchant's support requests are listed newest first", async () => {
    const times = (await listTickets(context)).map((ticket) => Date.parse(ticket.createdAt));
    ensure(times.every((time, index) => index === 0 || time <= times[index - 1]!), 'the requests are not newest first');
  });

  const filed = await suite.check('a support request is filed: 201 with a ticket number, listed first', async () => {
    const answer = await file();
    expectStatus(answer, 201);
    const ticket = answer.json<Ticket>();
    ensure(ticket.ticketNumber.trim() !== '', 'the ticket number is empty');
    ensure(ticket.message === body.message && ticket.topic === body.topic && ticket.email === body.email, 'the ticket does not hold what was sent');
    const [first] = await listTickets(context);
    ensure(first?.ticketNumber === ticket.ticketNumber, `the list starts with ${first?.ticketNumber}, not the new ${ticket.ticketNumber}`);
    return ticket;
  });

  await suite.check('the same request with the same Idempotency-Key is filed once', async () => {
    ensure(filed, 'needs the request filed above');
    const answer = await file();
    expectStatus(answer, 201);
    ensure(answer.json<Ticket>().ticketNumber === filed.ticketNumber, 'the retry was answered with another ticket');
    const copies = (await listTickets(context)).filter((ticket) => ticket.message === body.message).length;
    ensure(copies === 1, `the request is listed ${copies} times`);
  });

  await suite.check('a request missing fields is refused with 422 naming each', async () => {
    const answer = await api.call('/support/tickets', { method: 'POST', token: admin.token, body: { topic: 'technical' } });
    expectProblemNaming(answer, 422, ['firstName', 'lastName', 'merchantId', 'email', 'message']);
  });
}
