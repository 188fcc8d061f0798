import { referencedOrderNumber } from '@/contract/support';
import type { Mode } from '@/contract/common';
import { daysBetween } from '../rules/dates';
import { call, passSecurityCheck, signIn } from '../testing/api-client';
import { getOrder } from '../testing/order-calls';
import { fileTicket, listTickets, ticketRequest } from '../testing/support-calls';
import { resetAndSignIn, resetSmallBackend, today } from '../testing/small-backend';

let token: string;

beforeEach(async () => {
  token = await resetAndSignIn();
});

describe('GET /api/support/tickets', () => {
  it('starts with four seeded tickets of the last weeks, newest first, one in each state, the answer unread', async () => {
    const tickets = await listTickets(token);
    expect(tickets.map((ticket) => [ticket.ticketNumber, ticket.status, ticket.unread])).toEqual([
      ['CPT-3333-000104', 'open', false],
      ['CPT-3333-000103', 'waiting-for-you', false],
      ['CPT-3333-000102', 'answered', true],
      ['CPT-3333-000101', 'closed', false],
    ]);
    for (const ticket of tickets) {
      expect(daysBetween(ticket.createdAt.slice(0, 10), today)).toBeGreaterThan(0);
      expect(daysBetween(ticket.createdAt.slice(0, 10), today)).toBeLessThanOrEqual(35);
      expect(ticket).toMatchObject({ merchantId: '3333', email: expect.stringMatching(/@atelier-lumiere\.example$/) });
    }
  });

  it('refers the seeded tickets to orders of their own world, and asks for an extension past the due date', async () => {
    for (const mode of ['live', 'test'] as const) {
      const tickets = await listTickets(token, mode);
      const referenced = tickets.filter((ticket) => ticket.orderReference !== null);
      expect(referenced.map((ticket) => ticket.topic).sort()).toEqual(['credit', 'missing-payment', 'payment-term-extension']);
      for (const ticket of referenced) {
        const orderNumber = referencedOrderNumber(ticket.orderReference ?? '', '3333');
        expect(ticket.orderNumber).toBe(orderNumber);
        const order = await getOrder(orderNumber ?? '', token, mode);
        expect(order.orderDate < ticket.createdAt).toBe(true);
        expect(order.customer.customerId).toBe(ticket.customerId);
        if (ticket.topic === 'payment-term-extension') expect(ticket.wishedDueDate! > (order.dueDate ?? '')).toBe(true);
        if (ticket.topic === 'missing-payment') {
          // Due before the shopper's payment was asked about, which happened before the ticket.
          expect(order.dueDate! < ticket.createdAt.slice(0, 10)).toBe(true);
          expect(ticket.paymentDate! < ticket.createdAt.slice(0, 10)).toBe(true);
          expect(ticket).toMatchObject({ paidAmount: order.total, currency: 'EUR', shopperBankReference: expect.stringMatching(/^\d{8}-\d{6}$/) });
        }
      }
    }
  });

  it('seeds the same tickets from the same seed, and other ones per world', async () => {
    const first = await listTickets(token);
    resetSmallBackend();
    const again = await listTickets(await signIn());
    expect(again).toEqual(first);
    expect((await listTickets(await signIn(), 'test')).map((ticket) => ticket.orderReference)).not.toEqual(first.map((ticket) => ticket.orderReference));
  });

  it('shows a new ticket first, in its own mode and to its own merchant only', async () => {
    const ticket = await fileTicket(ticketRequest, { token });
    expect((await listTickets(token))[0]).toEqual(ticket);
    expect(await listTickets(await signIn('finance'))).toContainEqual(ticket);

    const inTest = await listTickets(token, 'test');
    // Numbered on their own: no number of a test ticket names a live one.
    expect(inTest.map((item) => item.ticketNumber)).toEqual(['CPT-3333-T00104', 'CPT-3333-T00103', 'CPT-3333-T00102', 'CPT-3333-T00101']);
    const bergblick = await signIn('bergblick');
    await passSecurityCheck(bergblick);
    for (const mode of ['live', 'test'] satisfies Mode[]) {
      const theirs = await listTickets(bergblick, mode);
      expect(theirs).toHaveLength(4);
      expect(theirs.every((item) => item.merchantId === '4711' && item.ticketNumber.startsWith('CPT-4711-'))).toBe(true);
    }
    const theirNext = await fileTicket({ ...ticketRequest, merchantId: '4711' }, { token: bergblick });
    expect(theirNext.ticketNumber).toBe('CPT-4711-000105');
    expect(await listTickets(token)).not.toContainEqual(theirNext);
  });

  it('narrows the list to states and to words found in a ticket’s number, order references, sender, topic or conversation', async () => {
    const numbers = async (query: string) => (await listTickets(token, 'live', query)).map((ticket) => ticket.ticketNumber);
    expect(await numbers('?status=answered,waiting-for-you')).toEqual(['CPT-3333-000103', 'CPT-3333-000102']);
    const extension = (await listTickets(token)).find((ticket) => ticket.topic === 'payment-term-extension')!;
    expect(await numbers(`?q=${extension.orderNumber}`)).toEqual([extension.ticketNumber]);
    // Filed with the order's number, found by its payment reference too, as shoppers quote it.
    expect(await numbers(`?q=${encodeURIComponent(`bp${extension.orderNumber}/3333`)}`)).toEqual([extension.ticketNumber]);
    expect(await numbers('?q=000101')).toEqual(['CPT-3333-000101']);
    // Words in any order and case, each found somewhere in the ticket.
    const words = extension.message.split(' ').slice(1, 3).reverse().join(' ').toUpperCase();
    expect(await numbers(`?q=${encodeURIComponent(words)}`)).toContain(extension.ticketNumber);
    expect(await numbers('?status=closed&q=000102')).toEqual([]);
    // What the list shows of a ticket finds it too: its topic in any of the app's languages, and who wrote it.
    for (const topic of ['payment-term extension', 'Verlängerung', 'prolongation du délai']) {
      expect(await numbers(`?q=${encodeURIComponent(topic)}`)).toContain(extension.ticketNumber);
    }
    expect(await numbers(`?q=${encodeURIComponent(`${extension.lastName.toUpperCase()} ${extension.firstName}`)}`)).toContain(extension.ticketNumber);
    expect(await numbers(`?q=${encodeURIComponent(extension.email)}`)).toContain(extension.ticketNumber);
    // The provider's reply, and who wrote it, are searched as well as the first message.
    const answered = await call('/support/tickets/CPT-3333-000103', { token });
    const { messages } = (await answered.json()) as { messages: { author: string; authorName: string; body: string }[] };
    const reply = messages.find((message) => message.author === 'provider')!;
    // A word of the reply alone, found nowhere in what the merchant wrote on that ticket.
    const merchantText = messages.filter((message) => message.author === 'merchant').map((message) => message.body.toLowerCase()).join(' ');
    const replyWord = reply.body.split(/[\s,.:;!?]+/).find((word) => word.length > 6 && !merchantText.includes(word.toLowerCase()))!;
    expect(await numbers(`?q=${encodeURIComponent(replyWord)}`)).toContain('CPT-3333-000103');
    expect(await numbers(`?q=${encodeURIComponent(reply.authorName)}`)).toContain('CPT-3333-000103');

    const unknown = await call('/support/tickets?status=pending', { token });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).errors).toEqual({ status: ['Unknown value pending. Use open, answered, waiting-for-you, closed.'] });
  });

  it('drops filed tickets on a demo reset and keeps the seeded ones', async () => {
    const seeded = await listTickets(token);
    await fileTicket(ticketRequest, { token });
    expect((await call('/demo/reset', { token, method: 'POST', mode: null })).status).toBe(204);
    expect(await listTickets(token)).toEqual(seeded);
    expect((await fileTicket(ticketRequest, { token })).ticketNumber).toBe('CPT-3333-000105');
  });
});
