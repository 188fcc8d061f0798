import { missingPaymentTicket } from '../testing/ticket-fixtures';
import type { TicketRecord } from './ticket';
import { merchantMessage, replyNow, seenAt, ticketDetail, TicketRefusal, type Conversation, type KeptMessage } from './ticket-thread';

const filedAt = '2026-11-24T14:05:00.000Z';
const ticket: TicketRecord = { ...missingPaymentTicket, createdAt: filedAt };
const filed: Conversation = { ticket, currency: 'EUR', replies: [], seen: 1 };

/** The conversation once `messages` are recorded, as the journal would hold them. */
const after = (conversation: Conversation, messages: KeptMessage[], seen = conversation.seen): Conversation => ({
  ...conversation,
  replies: [...conversation.replies, ...messages],
  seen,
});

describe('a ticket as a conversation', () => {
  it('starts as the message it was filed with, open and read', () => {
    expect(ticketDetail(filed, '2026-11-24T18:00:00.000Z')).toMatchObject({
      status: 'open',
      unread: false,
      lastMessageAt: filedAt,
      orderNumber: '1000042',
      currency: 'EUR',
      messages: [{ id: 'CPT-3333-000105-1', author: 'merchant', authorName: 'Sofie Maes', at: filedAt, body: 'The customer says they paid.' }],
    });
  });

  it('gets the provider’s reply on the next day of the clock, in the morning or at once when read earlier', () => {
    expect(ticketDetail(filed, '2026-11-24T23:59:59.000Z').messages).toHaveLength(1);
    const early = ticketDetail(filed, '2026-11-25T06:10:00.000Z');
    expect(early.messages[1]).toMatchObject({ author: 'provider', at: '2026-11-25T06:10:00.000Z' });
    const detail = ticketDetail(filed, '2026-11-27T10:00:00.000Z');
    expect(detail).toMatchObject({ status: 'waiting-for-you', unread: true, lastMessageAt: '2026-11-25T08:30:00.000Z' });
    expect(detail.messages[1]).toMatchObject({ id: 'CPT-3333-000105-2', author: 'provider', authorName: expect.stringContaining('Comptoir Pay') });
    expect(detail.messages[1]!.body).toContain('EUR\u00a0129.50 made on 20 November 2026 with the reference "20261120-483920" for order 1000042');
  });

  it('is read once opened, until the provider writes again', () => {
    const at = '2026-11-25T10:00:00.000Z';
    expect(seenAt(filed, '2026-11-24T18:00:00.000Z')).toBe(1);
    expect(seenAt(filed, at)).toBe(2);
    expect(ticketDetail({ ...filed, seen: seenAt(filed, at) }, at).unread).toBe(false);
  });

  it('records the reply read before the merchant writes back, and is open again', () => {
    const at = '2026-11-25T10:00:00.000Z';
    const recorded = merchantMessage(filed, { authorName: 'Sofie Maes', body: 'Here is the bank confirmation.', now: at });
    expect(recorded.map((message) => [message.id, message.author, message.status])).toEqual([
      ['CPT-3333-000105-2', 'provider', 'waiting-for-you'],
      ['CPT-3333-000105-3', 'merchant', 'open'],
    ]);
    expect(recorded[0]).toEqual({ ...ticketDetail(filed, at).messages[1], status: 'waiting-for-you' });
    expect(ticketDetail(after(filed, recorded), at)).toMatchObject({ status: 'open', lastMessageAt: at });
  });

  it('follows its topic’s script to the end, then takes no more messages', () => {
    let conversation = filed;
    const statuses: string[] = [];
    for (const [day, body] of [['2026-11-25', 'Here is the confirmation.'], ['2026-11-26', 'Thank you!']] as const) {
      conversation = after(conversation, merchantMessage(conversation, { authorName: 'Sofie Maes', body, now: `${day}T11:00:00.000Z` }));
      statuses.push(ticketDetail(conversation, `${day}T12:00:00.000Z`).status);
    }
    const end = ticketDetail(conversation, '2026-11-27T09:00:00.000Z');
    expect([...statuses, end.status]).toEqual(['open', 'open', 'closed']);
    expect(end.messages.filter((message) => message.author === 'provider').map((message) => message.body.slice(0, 25))).toEqual([
      'We have not found a payme',
      'Thank you. We found the t',
      'Thank you for letting us ',
    ]);
    expect(() => merchantMessage(conversation, { authorName: 'Sofie Maes', body: 'One more thing', now: '2026-11-27T09:00:00.000Z' })).toThrow(TicketRefusal);
  });

  it('answers now when asked to, the merchant having the last word or after a holding reply', () => {
    const now = '2026-11-24T15:00:00.000Z';
    const reply = replyNow(filed, now);
    expect(reply).toMatchObject({ id: 'CPT-3333-000105-2', author: 'provider', at: now, status: 'waiting-for-you' });
    expect(() => replyNow(after(filed, [reply]), now)).toThrow(expect.objectContaining({ reason: 'nothing-to-answer' }));
    const holding: KeptMessage = { ...reply, body: 'We passed it on.', status: 'open' };
    expect(replyNow(after(filed, [holding]), now)).toMatchObject({ id: 'CPT-3333-000105-3', status: 'waiting-for-you' });
  });

  it('is answered then closed on other topics', () => {
    const technical: Conversation = { ...filed, ticket: { ...ticket, topic: 'technical', orderReference: null } };
    const first = replyNow(technical, '2026-11-24T15:00:00.000Z');
    expect(first.status).toBe('answered');
    const thanks = merchantMessage(after(technical, [first]), { authorName: 'Sofie Maes', body: 'Thanks', now: '2026-11-24T16:00:00.000Z' });
    expect(replyNow(after(technical, [first, ...thanks]), '2026-11-24T17:00:00.000Z').status).toBe('closed');
    expect(ticketDetail(technical, '2026-11-24T15:00:00.000Z').orderNumber).toBeNull();
  });
});
