import type { OrderDetail } from '@/contract/orders';
import { addDays } from '../rules/dates';
import { call, signIn } from '../testing/api-client';
import { getOrder, orderIn, problemOf } from '../testing/order-calls';
import { fileTicket, listTickets, postTicket, ticketRequest } from '../testing/support-calls';
import { now, resetAndSignIn } from '../testing/small-backend';

let token: string;

beforeEach(async () => {
  token = await resetAndSignIn();
});

/** An activated order whose due date is still ahead, as payment-term extensions are asked for. */
async function orderNotYetDue(): Promise<OrderDetail & { dueDate: string }> {
  const order = await orderIn('activated', token);
  if (order.dueDate === null) throw new Error('An activated order has a due date');
  return { ...order, dueDate: order.dueDate };
}

describe('POST /api/support/tickets', () => {
  it('files an open ticket with the next number of the merchant and the values as sent, trimmed', async () => {
    const ticket = await fileTicket({ ...ticketRequest, firstName: ' Nathalie ', orderReference: ' 1000042 ', customerId: '' }, { token });
    expect(ticket).toEqual({
      ticketNumber: 'CPT-3333-000105',
      createdAt: now,
      status: 'open',
      unread: false,
      lastMessageAt: now,
      ...ticketRequest,
      orderReference: '1000042',
      orderNumber: '1000042',
      customerId: null,
      wishedDueDate: null,
      paymentDate: null,
      paidAmount: null,
      currency: 'EUR',
      shopperBankReference: null,
    });
    expect((await fileTicket(ticketRequest, { token })).ticketNumber).toBe('CPT-3333-000106');
  });

  it('takes a payment reference in any case and an extension of up to 30 days after the order’s due date', async () => {
    const order = await orderNotYetDue();
    const wished = addDays(order.dueDate, 30);
    const request = { ...ticketRequest, topic: 'payment-term-extension', orderReference: order.paymentReference.toLowerCase(), wishedDueDate: wished };
    const onDueDate = await postTicket({ ...request, wishedDueDate: order.dueDate }, { token });
    expect(onDueDate.status).toBe(422);
    expect((await problemOf(onDueDate)).errors).toEqual({ wishedDueDate: [`Choose a day after the order's due date, ${order.dueDate}.`] });
    const tooLate = await postTicket({ ...request, wishedDueDate: addDays(order.dueDate, 31) }, { token });
    expect((await problemOf(tooLate)).errors).toEqual({ wishedDueDate: [`Choose a day at most 30 days after the order's due date, ${order.dueDate}.`] });
    const filed = await fileTicket(request, { token });
    expect(filed).toMatchObject({ orderReference: order.paymentReference.toLowerCase(), wishedDueDate: wished });

    // A second request for the same order, while the first waits for an answer, names the first.
    const again = await problemOf(await postTicket({ ...request, wishedDueDate: addDays(order.dueDate, 20) }, { token }));
    expect(again).toMatchObject({
      status: 422,
      errors: { orderReference: [`Order ${order.orderNumber} has a request for a later due date waiting for an answer, ticket ${filed.ticketNumber}: write on it.`] },
      openExtensionTicket: filed.ticketNumber,
    });
  });

  it('files a missing payment with its day, amount and the shopper’s bank reference, in the merchant’s currency', async () => {
    const order = await orderIn('activated', token);
    const request = { ...ticketRequest, topic: 'missing-payment', orderReference: order.orderNumber, paymentDate: '2026-11-20', paidAmount: 4_990, shopperBankReference: 'NOTPROVIDED' };
    expect(await fileTicket(request, { token })).toMatchObject({ topic: 'missing-payment', orderNumber: order.orderNumber, paymentDate: '2026-11-20', paidAmount: 4_990, currency: 'EUR', shopperBankReference: 'NOTPROVIDED' });
    const response = await postTicket({ ...request, paymentDate: '2026-11-25', paidAmount: '49.90', shopperBankReference: undefined }, { token });
    expect(response.status).toBe(422);
    expect(Object.keys((await problemOf(response)).errors ?? {}).sort()).toEqual(['paidAmount', 'paymentDate', 'shopperBankReference']);
  });

  it('keeps the language the ticket is written in, English when a client names none, and refuses one it does not know', async () => {
    expect(await fileTicket({ ...ticketRequest, language: 'fr' }, { token })).toMatchObject({ language: 'fr' });
    const { language: _language, ...withoutLanguage } = ticketRequest;
    expect(await fileTicket(withoutLanguage, { token })).toMatchObject({ language: 'en' });
    expect((await listTickets(token)).slice(0, 2).map((ticket) => ticket.language)).toEqual(['en', 'fr']);
    for (const language of ['es', '', null]) {
      const response = await postTicket({ ...ticketRequest, language }, { token });
      expect(response.status, String(language)).toBe(422);
      expect((await problemOf(response)).errors).toEqual({ language: ['Use one of en, fr, nl, de.'] });
    }
  });

  it('names every invalid field at once with 422 and files nothing', async () => {
    const before = await listTickets(token);
    const response = await postTicket(
      { firstName: ' ', lastName: 'D'.repeat(101), merchantId: '4711', email: 'not-an-address', topic: 'payment-term-extension', orderReference: '999', customerId: 'C'.repeat(51), message: '' },
      { token },
    );
    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ type: 'https://comptoir.example/problems/invalid-values', status: 422 });
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual(['customerId', 'email', 'firstName', 'lastName', 'merchantId', 'message', 'orderReference', 'wishedDueDate']);
    expect(problem.errors?.merchantId).toEqual(['This is not your merchant id.']);
    expect(await listTickets(token)).toEqual(before);
  });

  it('takes no name or message that only looks filled in: invisible marks or control characters', async () => {
    const response = await postTicket({ ...ticketRequest, firstName: '\u200b', lastName: '\u0007', message: '\ufeff \u3164\u0301 \u0000' }, { token });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual({ firstName: ['Enter your first name.'], lastName: ['Enter your last name.'], message: ['Write your message.'] });
    // Tabs, line breaks and the joiners inside an emoji are text.
    expect((await fileTicket({ ...ticketRequest, message: 'Thanks!\n\tSee the photo 👩\u200d💻' }, { token })).message).toBe('Thanks!\n\tSee the photo 👩\u200d💻');
    // A line break as a word processor pastes it, and a name with a combining accent.
    expect((await fileTicket({ ...ticketRequest, firstName: 'Jose\u0301', message: 'Line 1\u000bLine 2' }, { token })).firstName).toBe('Jose\u0301');
  });

  it('knows no order of another mode or another merchant, nor one that does not exist', async () => {
    const testOrder = await orderIn('activated', token, 'test');
    const liveOrder = await orderIn('activated', token);
    for (const orderReference of [testOrder.orderNumber, testOrder.paymentReference, '1999999', `BP${liveOrder.orderNumber}/4711`]) {
      const response = await postTicket({ ...ticketRequest, orderReference }, { token });
      expect(response.status, orderReference).toBe(422);
      expect((await problemOf(response)).errors).toEqual({ orderReference: ['No order with this reference in this data world.'] });
    }
    expect((await fileTicket({ ...ticketRequest, orderReference: testOrder.orderNumber }, { token, mode: 'test' })).orderReference).toBe(testOrder.orderNumber);
    // A payment reference without its merchant id names the merchant's own order, as the orders' search reads it.
    const extension = { ...ticketRequest, topic: 'payment-term-extension', orderReference: `BP${liveOrder.orderNumber}`, wishedDueDate: addDays(liveOrder.dueDate!, 10) };
    expect((await fileTicket(extension, { token })).orderReference).toBe(`BP${liveOrder.orderNumber}`);
  });

  it('refers to the order as it is now: an extension waits for its activation, then needs a date after the due date it set', async () => {
    const order = await orderIn('created', token);
    const request = { ...ticketRequest, topic: 'payment-term-extension', orderReference: order.orderNumber, wishedDueDate: '2026-12-01' };
    const early = await postTicket(request, { token });
    expect(early.status).toBe(422);
    expect((await problemOf(early)).errors).toEqual({ orderReference: [`Order ${order.orderNumber} is created: only an activated order still to be paid has a due date to move.`] });
    const activation = await call(`/orders/${order.orderNumber}/activate`, { token, method: 'POST', body: JSON.stringify({ version: order.version }) });
    expect(activation.status).toBe(200);
    const due = (await getOrder(order.orderNumber, token)).dueDate;
    const response = await postTicket(request, { token });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual({ wishedDueDate: [`Choose a day after the order's due date, ${due}.`] });
    expect((await postTicket({ ...request, wishedDueDate: addDays(due!, 1) }, { token })).status).toBe(201);
  });

  it('lets every role write to support', async () => {
    for (const role of ['admin', 'finance', 'support'] as const) {
      const ticket = await fileTicket(ticketRequest, { token: await signIn(role) });
      expect(ticket.status).toBe('open');
    }
    expect((await listTickets(await signIn('support'))).slice(0, 3).map((ticket) => ticket.ticketNumber)).toEqual(['CPT-3333-000107', 'CPT-3333-000106', 'CPT-3333-000105']);
  });

  it('answers 401 without a session, 400 without the mode header or a JSON object', async () => {
    expect((await postTicket(ticketRequest, {})).status).toBe(401);
    expect((await call('/support/tickets')).status).toBe(401);
    expect((await postTicket(ticketRequest, { token, mode: null })).status).toBe(400);
    expect((await call('/support/tickets', { token, mode: null })).status).toBe(400);
    for (const body of ['{firstName: "N"', '[]', '"text"', 'null']) {
      const response = await call('/support/tickets', { token, method: 'POST', body });
      expect(response.status, body).toBe(400);
      expect((await problemOf(response)).type).toBe('https://comptoir.example/problems/malformed-request');
    }
    expect(await listTickets(token)).toHaveLength(4);
  });
});

describe('Idempotency-Key on tickets', () => {
  it('answers a retry with the first ticket and files it once', async () => {
    const first = await postTicket(ticketRequest, { token, key: 'draft-7f3a' });
    const retry = await postTicket(ticketRequest, { token, key: 'draft-7f3a' });
    expect([first.status, retry.status]).toEqual([201, 201]);
    const filed = (await first.clone().json()) as { ticketNumber: string };
    // Both name the filed ticket's address, which answers it.
    expect([first.headers.get('Location'), retry.headers.get('Location')]).toEqual([`/api/support/tickets/${filed.ticketNumber}`, `/api/support/tickets/${filed.ticketNumber}`]);
    expect((await call(first.headers.get('Location')!.slice('/api'.length), { token })).status).toBe(200);
    expect(await retry.json()).toEqual(await first.json());
    expect((await listTickets(token)).filter((ticket) => ticket.message === ticketRequest.message)).toHaveLength(1);
  });

  it('files once when the retry is sent before the first answer arrives', async () => {
    const answers = await Promise.all([1, 2].map(() => postTicket(ticketRequest, { token, key: 'double-click' }).then((response) => response.json())));
    expect(answers[1]).toEqual(answers[0]);
    expect(await listTickets(token)).toHaveLength(5);
  });

  it('keeps no refused answer, so the corrected message may be sent with the same key', async () => {
    expect((await postTicket({ ...ticketRequest, message: '' }, { token, key: 'fix-me' })).status).toBe(422);
    expect((await postTicket(ticketRequest, { token, key: 'fix-me' })).status).toBe(201);
    const reused = await postTicket({ ...ticketRequest, message: 'Another question.' }, { token, key: 'fix-me' });
    expect(reused.status).toBe(422);
    expect((await problemOf(reused)).type).toBe('https://comptoir.example/problems/idempotency-key-reused');
    expect(await listTickets(token)).toHaveLength(5);
  });
});
