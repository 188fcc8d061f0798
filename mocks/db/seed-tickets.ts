// A few older support requests per world, one in each state, so the team's tickets are never empty in
// the demo. They and their conversations come from the seed alone, never from the journal, so
// every tab and every reload shows the same ones and a reset brings them back; what was written
// on them since is in the journal.
import type { Currency, Mode } from '@/contract/common';
import { paymentReference } from '@/contract/orders';
import { addDays, datePart, dayNumber, fromDayNumber } from '../rules/dates';
import type { OrderRecord } from '../rules/order-model';
import { dueDate } from '../rules/order-status';
import { createRandom, type Random } from '../rules/seeded-random';
import { holdingReply, providerReply } from '../rules/provider-replies';
import { ticketNumber, type TicketRecord, type TicketRequest } from '../rules/ticket';
import type { KeptMessage } from '../rules/ticket-thread';
import { findMerchant } from './accounts';
import { merchantProfiles } from './seed-catalogue';
import { SeededWorld, type SeedConfig } from './seed';

/** The domain of each merchant's staff addresses, as in their demo accounts. */
const mailDomains: Readonly<Record<string, string>> = { '3333': 'atelier-lumiere.example', '4711': 'bergblick.example' };

/** How far back the search for a fitting order goes, so that large worlds stay fast. */
const ordersToScan = 400;

/** What happened after the request was filed, in days after its filing day. */
type Follow = { days: number } & ({ kind: 'reply' } | { kind: 'holding' } | { kind: 'merchant'; body: string });

interface Filed {
  day: string;
  request: Omit<TicketRequest, 'firstName' | 'lastName' | 'merchantId' | 'email' | 'language'>;
  follows: Follow[];
  /** The merchant has opened the request since the provider's last message. */
  read: boolean;
}

/** The seeded part of a request: as filed, its conversation, and how much of it the merchant has read. */
export interface SeededTicket {
  ticket: TicketRecord;
  replies: readonly KeptMessage[];
  seen: number;
}

const noPayment = { paymentDate: null, paidAmount: null, shopperBankReference: null } as const;

/** The position of the newest seeded order placed before `day`; -1 when there is none. Order numbers grow with the order date. */
function newestBefore(world: SeededWorld, day: string): number {
  let low = 0;
  let high = world.size;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (datePart(world.order(middle).orderDate) < day) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The newest order before `day` that fits, or else the newest before it at all. */
function orderBefore(world: SeededWorld, day: string, fits: (order: OrderRecord) => boolean): OrderRecord | undefined {
  const newest = newestBefore(world, day);
  for (let position = newest; position >= Math.max(0, newest - ordersToScan); position -= 1) {
    const order = world.order(position);
    if (fits(order)) return order;
  }
  return newest < 0 ? undefined : world.order(newest);
}

const activatedBefore = (order: OrderRecord, day: string): boolean => order.activatedAt !== null && datePart(order.activatedAt) < day;

/** A return the merchant was unsure how to book; answered, done, and closed by the provider. */
function returnQuestion(world: SeededWorld, day: string): Filed {
  const order = orderBefore(world, day, (candidate) => activatedBefore(candidate, day));
  const which = order ? `order ${order.orderNumber}` : 'an order';
  return {
    day,
    request: {
      topic: 'credit',
      // Quoted the way shoppers do, as its payment reference.
      orderReference: order ? paymentReference(order.orderNumber, order.merchantId) : null,
      customerId: order?.customer.customerId ?? null,
      message: `The customer of ${which} sent part of the goods back. Should we enter the return as a partial cancellation ourselves, or do you credit it?`,
      wishedDueDate: null,
      ...noPayment,
    },
    follows: [
      { days: 1, kind: 'reply' },
      { days: 1, kind: 'merchant', body: 'Done: we entered the returned items as a partial cancellation, and the credit note is there. Thank you!' },
      { days: 2, kind: 'reply' },
    ],
    read: true,
  };
}

/** A shopper asked for more time to pay; support has answered, and nobody has read it yet. */
function extensionRequest(world: SeededWorld, day: string, random: Random): Filed {
  const dueOf = (order: OrderRecord) => dueDate(order.activatedAt, order.paymentTermDays);
  const order = orderBefore(world, day, (candidate) => activatedBefore(candidate, day) && (dueOf(candidate) ?? '') > day);
  const due = order ? dueOf(order) : null;
  const wished = addDays(due !== null && due > day ? due : day, random.pick([14, 21, 30]));
  const which = order ? `order ${order.orderNumber}` : 'one of our orders';
  return {
    day,
    request: {
      topic: 'payment-term-extension',
      orderReference: order?.orderNumber ?? null,
      customerId: order?.customer.customerId ?? null,
      message: `The customer of ${which} is waiting for a delayed salary payment and asks for more time. Could you move the due date to ${wished}?`,
      wishedDueDate: wished,
      ...noPayment,
    },
    follows: [{ days: 1, kind: 'reply' }],
    read: false,
  };
}

/** A shopper says they paid an order that was due before; support asked for the bank's confirmation. */
function missingPayment(world: SeededWorld, day: string, random: Random): Filed {
  const dueOf = (order: OrderRecord) => dueDate(order.activatedAt, order.paymentTermDays);
  const unpaidOn = (order: OrderRecord) => order.paidAt === null || datePart(order.paidAt) > day;
  const order = orderBefore(world, day, (candidate) => activatedBefore(candidate, day) && (dueOf(candidate) ?? day) < day && unpaidOn(candidate));
  const paymentDate = addDays(day, -random.int(2, 5));
  const which = order ? `order ${order.orderNumber}` : 'one of our orders';
  return {
    day,
    request: {
      topic: 'missing-payment',
      orderReference: order?.orderNumber ?? null,
      customerId: order?.customer.customerId ?? null,
      message: `The customer of ${which} received a reminder, but says they paid the full amount by bank transfer on ${paymentDate}. The order still shows the amount as outstanding. Could you check?`,
      wishedDueDate: null,
      paymentDate,
      paidAmount: order ? order.total : random.int(20, 400) * 100,
      shopperBankReference: `${paymentDate.replaceAll('-', '')}-${random.int(100_000, 999_999)}`,
    },
    follows: [{ days: 1, kind: 'reply' }],
    read: true,
  };
}

/** A question about a statement: the provider has passed it to its accounting team. */
function statementQuestion(day: string): Filed {
  return {
    day,
    request: {
      topic: 'statement',
      orderReference: null,
      customerId: null,
      message: 'Our last weekly statement shows a fee correction we cannot place. Which orders does it concern?',
      wishedDueDate: null,
      ...noPayment,
    },
    follows: [{ days: 0, kind: 'holding' }],
    read: true,
  };
}

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;

/** The conversation after the first message, each message a little later than the one before. */
function conversation(ticket: TicketRecord, { day, follows }: Filed, currency: Currency, random: Random): KeptMessage[] {
  const messages: KeptMessage[] = [];
  let last = ticket.createdAt;
  for (const follow of follows) {
    const date = addDays(day, follow.days);
    // The provider answers on the morning of a later day, or within the hour on the same day.
    const earliest = date === datePart(last) ? Number(last.slice(11, 13)) * 60 + Number(last.slice(14, 16)) + 20 : 8 * 60;
    const at = `${date}T${clock(random.int(earliest, earliest + 40))}`;
    last = at;
    // The provider answers the merchant's latest message: the first one is the request itself.
    const round = messages.filter((message) => message.author === 'merchant').length;
    const id = `${ticket.ticketNumber}-${messages.length + 2}`;
    if (follow.kind === 'merchant') {
      messages.push({ id, author: 'merchant', authorName: `${ticket.firstName} ${ticket.lastName}`, at, body: follow.body, status: 'open' });
    } else {
      const reply = follow.kind === 'reply' ? providerReply(ticket, round, currency) : holdingReply(ticket);
      messages.push({ id, author: 'provider', at, ...reply });
    }
  }
  return messages;
}

function generate(config: SeedConfig, merchantId: string, mode: Mode): SeededTicket[] {
  const profile = merchantProfiles[merchantId];
  const domain = mailDomains[merchantId];
  const merchant = findMerchant(merchantId);
  if (!profile || !domain || !merchant) return [];
  const world = new SeededWorld(config, merchantId, mode);
  // The anchor only shifts dates, as it does for the orders.
  const random = createRandom('tickets', config.seed, merchantId, mode);
  const anchorDay = dayNumber(config.anchor);
  const daysAgo = (min: number, max: number) => fromDayNumber(anchorDay - random.int(min, max));
  const filed = [
    returnQuestion(world, daysAgo(24, 34)),
    extensionRequest(world, daysAgo(12, 18), random),
    missingPayment(world, daysAgo(5, 9), random),
    statementQuestion(daysAgo(1, 3)),
  ];

  // Staff take turns, so the list shows more than one author.
  const firstAuthor = random.int(0, profile.staff.length - 1);
  return filed.map((request, index) => {
    const [firstName = '', lastName = ''] = (profile.staff[(firstAuthor + index) % profile.staff.length] ?? '').split(' ');
    const ticket: TicketRecord = {
      ticketNumber: ticketNumber(merchantId, mode, index),
      createdAt: `${request.day}T${clock(random.int(7 * 60, 16 * 60))}`,
      firstName,
      lastName,
      merchantId,
      email: `${firstName}.${lastName}@${domain}`.toLowerCase(),
      // The seeded messages are written in English, whatever the merchant's country.
      language: 'en',
      ...request.request,
    };
    const replies = conversation(ticket, request, merchant.currency, random);
    // Read: every message seen. Unread: the merchant saw what they wrote, not the reply after it.
    return { ticket, replies, seen: request.read ? replies.length + 1 : replies.length };
  });
}

const generated = new Map<string, readonly SeededTicket[]>();

/** The seeded tickets of a merchant's world, oldest first; generated once per seed. */
export function seededTickets(config: SeedConfig, merchantId: string, mode: Mode): readonly SeededTicket[] {
  const key = `${config.seed}|${config.ordersPerWorld}|${config.anchor}|${merchantId}|${mode}`;
  let tickets = generated.get(key);
  if (!tickets) {
    tickets = generate(config, merchantId, mode);
    generated.set(key, tickets);
  }
  return tickets;
}
