import type { Mode } from '@/contract/common';
import { ticketDetailSchema } from '@/contract/support';
import { setNow, setToday } from '../rules/clock';
import { call, passSecurityCheck, signIn } from '../testing/api-client';
import { orderIn, problemOf } from '../testing/order-calls';
import { answerNow, fileTicket, getTicket, listTickets, markRead, postMessage, ticketRequest } from '../testing/support-calls';
import { now, resetAndSignIn } from '../testing/small-backend';

let token: string;

beforeEach(async () => {
  token = await resetAndSignIn();
});

const answered = 'CPT-3333-000102';
const closed = 'CPT-3333-000101';
const reply = { body: 'The customer confirms the new date. Thank you!' };

/** The provider's next reply, written at once through the demo's answer. */
async function replyNow(ticketNumber: string, options: { token: string; mode?: Mode }) {
  const response = await answerNow(ticketNumber, options);
  expect(response.status).toBe(200);
  return ticketDetailSchema.parse(await response.json()).messages.at(-1)!;
}

describe('GET /api/support/tickets/{ticketNumber}', () => {
  it('shows what was sent and the provider’s reply, unread until the ticket is opened by anyone of the merchant', async () => {
    const ticket = await getTicket(answered, token);
    expect(ticket).toMatchObject({ ticketNumber: answered, topic: 'payment-term-extension', status: 'answered', unread: true });
    expect(ticket.messages.map((message) => message.author)).toEqual(['merchant', 'provider']);
    expect(ticket.messages[0]).toMatchObject({ body: ticket.message, at: ticket.createdAt, authorName: `${ticket.firstName} ${ticket.lastName}` });
    expect(ticket.messages[1]!.body).toContain(`order ${ticket.orderNumber}`);
    expect(ticket.lastMessageAt).toBe(ticket.messages[1]!.at);
    // Reading is safe to repeat: only opening it marks it read.
    expect((await getTicket(answered, token)).unread).toBe(true);

    const opened = await markRead(answered, { token: await signIn('support') });
    expect(opened.status).toBe(200);
    expect(await opened.json()).toMatchObject({ unread: false, messages: ticket.messages });
    expect((await getTicket(answered, await signIn('finance'))).unread).toBe(false);
    expect((await listTickets(token)).filter((item) => item.unread)).toEqual([]);
  });

  it('lets every role of the merchant read, open and write back; another merchant and the other world find nothing', async () => {
    for (const role of ['admin', 'finance', 'support'] as const) {
      const caller = await signIn(role);
      expect((await call(`/support/tickets/${answered}`, { token: caller })).status, role).toBe(200);
      expect((await markRead(answered, { token: caller })).status, role).toBe(200);
      expect((await postMessage(answered, { body: `Written by ${role}.` }, { token: caller })).status, role).toBe(201);
    }
    const authors = (await getTicket(answered, token)).messages.slice(2).map((message) => message.authorName);
    expect(authors).toEqual(['Nathalie Dubois', 'Pieter Janssens', 'Sofie Maes']);

    const filed = await fileTicket(ticketRequest, { token });
    const bergblick = await signIn('bergblick');
    // Another merchant with a live world of its own, which opens once its security check has passed.
    await passSecurityCheck(bergblick);
    for (const [ticketNumber, caller, mode] of [
      [filed.ticketNumber, bergblick, 'live'],
      [filed.ticketNumber, token, 'test'],
      // The same seeded ticket of each world has a number of its own: the other world's names nothing.
      [answered, token, 'test'],
      ['CPT-3333-T00102', token, 'live'],
      ['CPT-3333-999999', token, 'live'],
    ] as const) {
      for (const answer of [
        await call(`/support/tickets/${ticketNumber}`, { token: caller, mode }),
        await markRead(ticketNumber, { token: caller, mode }),
        await postMessage(ticketNumber, reply, { token: caller, mode }),
        await answerNow(ticketNumber, { token: caller, mode }),
      ]) {
        expect(answer.status, `${answer.url} in ${mode}`).toBe(404);
      }
    }
    expect((await getTicket('CPT-4711-000102', bergblick)).merchantId).toBe('4711');
    expect((await getTicket('CPT-3333-T00102', token, 'test')).ticketNumber).toBe('CPT-3333-T00102');
  });

  it('answers 401 without a session and 400 without the world', async () => {
    expect((await call(`/support/tickets/${answered}`)).status).toBe(401);
    expect((await markRead(answered, {})).status).toBe(401);
    expect((await postMessage(answered, reply, {})).status).toBe(401);
    expect((await call(`/support/tickets/${answered}`, { token, mode: null })).status).toBe(400);
    expect((await postMessage(answered, reply, { token, mode: null })).status).toBe(400);
  });
});

describe('POST /api/support/tickets/{ticketNumber}/messages', () => {
  it('adds the message last, opens the ticket again and marks it read', async () => {
    const response = await postMessage(answered, { body: `  ${reply.body}\n` }, { token });
    expect(response.status).toBe(201);
    const ticket = await getTicket(answered, token);
    expect(ticket).toMatchObject({ status: 'open', unread: false, lastMessageAt: now });
    expect(ticket.messages.at(-1)).toEqual({ id: `${answered}-3`, author: 'merchant', authorName: 'Nathalie Dubois', at: now, body: reply.body });
    expect(await response.json()).toEqual(ticket);
  });

  it('applies a retry with the same Idempotency-Key once, and refuses the key for another message', async () => {
    const answers = await Promise.all([1, 2].map(() => postMessage(answered, reply, { token, key: 'reply-1' })));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    expect(await answers[1]!.json()).toEqual(await answers[0]!.json());
    expect((await postMessage(answered, reply, { token, key: 'reply-1' })).status).toBe(201);
    expect((await getTicket(answered, token)).messages).toHaveLength(3);

    const reused = await postMessage(answered, { body: 'Something else.' }, { token, key: 'reply-1' });
    expect(reused.status).toBe(422);
    expect((await problemOf(reused)).type).toBe('https://comptoir.example/problems/idempotency-key-reused');
  });

  it('refuses an empty or too long message with 422, a body not sent as JSON with 415, and files nothing', async () => {
    for (const body of [{ body: '   ' }, {}, { body: 'x'.repeat(5001) }, { body: 42 }]) {
      const response = await postMessage(answered, body, { token, key: 'refused' });
      expect(response.status, JSON.stringify(body).slice(0, 30)).toBe(422);
      expect(Object.keys((await problemOf(response)).errors ?? {})).toEqual(['body']);
    }
    const asText = await call(`/support/tickets/${answered}/messages`, { token, method: 'POST', headers: { 'Content-Type': 'text/plain' } });
    expect(asText.status).toBe(415);
    expect((await getTicket(answered, token)).messages).toHaveLength(2);
    // No refused answer is kept: the same key carries the corrected message.
    expect((await postMessage(answered, reply, { token, key: 'refused' })).status).toBe(201);
  });

  it('refuses a message on a closed ticket with 409', async () => {
    const response = await postMessage(closed, reply, { token });
    expect(response.status).toBe(409);
    expect(await problemOf(response)).toMatchObject({ type: 'https://comptoir.example/problems/ticket-closed', detail: 'This ticket is closed: write a new one.' });
    expect((await getTicket(closed, token)).messages).toHaveLength(4);
  });
});

describe('the provider’s replies', () => {
  afterEach(() => {
    setToday('2026-11-24');
    setNow(now);
  });

  it('come on the next day of the backend’s clock, unread, and stay once the merchant writes back', async () => {
    const filed = await fileTicket({ ...ticketRequest, topic: 'technical' }, { token });
    expect((await getTicket(filed.ticketNumber, token)).messages).toHaveLength(1);

    setToday('2026-11-25');
    setNow('2026-11-25T10:00:00.000Z');
    const next = await getTicket(filed.ticketNumber, token);
    expect(next).toMatchObject({ status: 'answered', unread: true, lastMessageAt: '2026-11-25T08:30:00.000Z' });
    expect(next.messages[1]).toMatchObject({ author: 'provider', authorName: expect.stringMatching(/Comptoir Pay support$/) });
    expect((await listTickets(token))[0]).toMatchObject({ ticketNumber: filed.ticketNumber, unread: true });

    expect((await postMessage(filed.ticketNumber, reply, { token })).status).toBe(201);
    // Were the clock to go back, what was read and answered stays.
    setToday('2026-11-24');
    setNow('2026-11-24T20:00:00.000Z');
    expect((await getTicket(filed.ticketNumber, token)).messages.map((message) => message.author)).toEqual(['merchant', 'provider', 'merchant']);
  });

  it('are written in the ticket’s language to its end, whoever writes back; in English on a ticket that names none', async () => {
    const french = await fileTicket({ ...ticketRequest, topic: 'technical', language: 'fr' }, { token });
    expect(await replyNow(french.ticketNumber, { token })).toMatchObject({
      authorName: expect.stringMatching(/, service client Comptoir Pay$/),
      body: expect.stringMatching(/^Merci de nous l'avoir signalé\./),
    });
    // Writing back names no language: the ticket keeps its own.
    expect((await postMessage(french.ticketNumber, { body: 'Thanks, that was quick!' }, { token: await signIn('support') })).status).toBe(201);
    expect((await replyNow(french.ticketNumber, { token })).body).toMatch(/^Merci de nous avoir tenus au courant\./);
    expect(await getTicket(french.ticketNumber, token)).toMatchObject({ language: 'fr', status: 'closed' });

    const { language: _language, ...withoutLanguage } = ticketRequest;
    const english = await fileTicket({ ...withoutLanguage, topic: 'technical' }, { token });
    expect((await replyNow(english.ticketNumber, { token })).body).toMatch(/^Thank you for reporting it\./);
  });

  it('write a Swiss merchant’s francs, days and quotes as Switzerland does', async () => {
    const bergblick = await signIn('bergblick');
    const order = await orderIn('activated', bergblick, 'test');
    const request = {
      ...ticketRequest,
      merchantId: '4711',
      email: 'admin@bergblick.example',
      language: 'de',
      topic: 'missing-payment',
      orderReference: order.orderNumber,
      // Paid the day after its invoice.
      paymentDate: '2026-11-24',
      paidAmount: 123_450,
      shopperBankReference: 'NOTPROVIDED',
    };
    const filed = await fileTicket(request, { token: bergblick, mode: 'test' });
    expect((await replyNow(filed.ticketNumber, { token: bergblick, mode: 'test' })).body).toMatch(
      new RegExp(`^Eine Zahlung über CHF\\s1['’]234\\.50 vom 24\\. November 2026 mit dem Verwendungszweck «NOTPROVIDED» für die Bestellung ${order.orderNumber} `),
    );
  });

  it('come at once through the demo’s answer, which asks the merchant for the next word', async () => {
    const waiting = 'CPT-3333-000104';
    expect((await getTicket(waiting, token)).status).toBe('open');
    const answer = await answerNow(waiting, { token });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ status: 'answered', unread: true, lastMessageAt: now });
    const again = await answerNow(waiting, { token });
    expect(again.status).toBe(409);
    expect((await answerNow(closed, { token })).status).toBe(409);
    expect((await getTicket(waiting, token)).messages).toHaveLength(3);
  });
});

describe('tickets about an order', () => {
  it('are listed with ?orderNumber=, whether named by number or payment reference', async () => {
    const extension = await getTicket(answered, token);
    const orderNumber = extension.orderNumber!;
    const filed = await fileTicket({ ...ticketRequest, orderReference: `BP${orderNumber}/3333` }, { token });
    const about = await listTickets(token, 'live', `?orderNumber=${orderNumber}`);
    expect(about.map((ticket) => ticket.ticketNumber)).toEqual([filed.ticketNumber, answered]);
    expect(await listTickets(token, 'live', '?orderNumber=1999999')).toEqual([]);
    const response = await call('/support/tickets?orderNumber=BP1/3333', { token });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual({ orderNumber: ['Give the order number in digits.'] });
  });
});
