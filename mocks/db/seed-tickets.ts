// A few older support requests per world, one in each state, so the team's tickets are never empty in
// the demo. They and their conversations come from the seed alone, never from the journal, so
// every tab and every reload shows the same ones and a reset brings them back; what was written
// on them since is in the journal. Each tells what the seeded history of its order (or statement)
// shows: a request is about an order only when that order's story fits what its conversation says.
import type { Currency, Mode } from '@/contract/common';
import { numberFormat } from '@/contract/intl-formats';
import { paymentReference, paymentTerms } from '@/contract/orders';
import { addDays, datePart, dayNumber, fromDayNumber } from '../rules/dates';
import { isoWeekOf, weekAfter, type IsoWeek } from '../rules/iso-week';
import type { OrderRecord } from '../rules/order-model';
import { dueDate, reminderOneAfterDays } from '../rules/order-status';
import { createRandom, type Random } from '../rules/seeded-random';
import { holdingReply, providerReply } from '../rules/provider-replies';
import { englishReplies } from '../rules/provider-replies-en';
import type { StatementWorld } from '../rules/statement-extras';
import { ticketNumber, type TicketRecord, type TicketRequest } from '../rules/ticket';
import type { KeptMessage } from '../rules/ticket-thread';
import { findMerchant, seededUsers } from './accounts';
import { merchantProfiles } from './seed-catalogue';
import { SeededWorld, type SeedConfig } from './seed';
import { activatedBefore, daysToReturn, feeCorrection, orderBefore, returnedItems, returnNear, settled } from './seed-ticket-subjects';

/** How far back the search for a statement with a fee correction goes, in weeks: a quarter. */
const weeksToScan = 13;

/**
 * What happened after the request was filed, in days after its filing day; a merchant's message
 * written after something they did on the order comes `after` that moment.
 */
type Follow = { days: number } & ({ kind: 'reply' } | { kind: 'holding' } | { kind: 'merchant'; body: string; after?: string });

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


/** Amounts as the seeded messages write them, in English: "EUR 45.00", "CHF 1,234.50". */
const money = (cents: number, currency: Currency): string =>
  numberFormat(englishReplies.locales[currency], { style: 'currency', currency, currencyDisplay: 'code' }).format(cents / 100);


/**
 * A return the merchant was unsure how to book; answered, done, and closed by the provider. It is
 * about a return the order's history holds: filed two days before the return was booked, the
 * provider's advice the next morning, the merchant's "done" once the return and its credit note
 * are on the order. With no such return in the world, it names no order.
 */
function returnQuestion(world: SeededWorld, day: string, until: string, currency: Currency): Filed {
  const found = returnNear(world, day, until);
  if (!found) {
    return {
      day,
      request: {
        topic: 'credit',
        orderReference: null,
        customerId: null,
        message: 'A customer wants to send part of the goods back. Should we enter the return as a partial cancellation ourselves once it arrives, or do you credit it?',
        wishedDueDate: null,
        ...noPayment,
      },
      follows: [
        { days: 1, kind: 'reply' },
        { days: 1, kind: 'merchant', body: 'Thank you, we will enter it ourselves when the goods are back.' },
        { days: 2, kind: 'reply' },
      ],
      read: true,
    };
  }
  const { order, event } = found;
  const returnDay = datePart(event.at);
  const filed = addDays(returnDay, -daysToReturn);
  // The merchant writes within the hour after booking it; one booked late at night, the next morning.
  const late = Number(event.at.slice(11, 13)) >= 22;
  const doneDays = daysToReturn + (late ? 1 : 0);
  const items = returnedItems(found);
  return {
    day: filed,
    request: {
      topic: 'credit',
      // Quoted the way shoppers do, as its payment reference.
      orderReference: paymentReference(order.orderNumber, order.merchantId),
      customerId: order.customer.customerId,
      message: `The customer of order ${order.orderNumber} is sending part of the goods back${items ? ` (${items})` : ''}. Should we enter the return as a partial cancellation ourselves, or do you credit it?`,
      wishedDueDate: null,
      ...noPayment,
    },
    follows: [
      { days: 1, kind: 'reply' },
      {
        days: doneDays,
        kind: 'merchant',
        after: event.at,
        body: `Done: the goods arrived ${late ? 'yesterday' : 'today'} and we entered the returned items as a partial cancellation; the credit note for ${money(event.amount ?? 0, currency)} is there. Thank you!`,
      },
      { days: doneDays + 1, kind: 'reply' },
    ],
    read: true,
  };
}

/**
 * A shopper asked for more time to pay; support has answered, and nobody has read it yet. It is
 * about an order not yet due when asked, which its history shows unpaid and not credited since.
 */
function extensionRequest(world: SeededWorld, day: string, random: Random): Filed {
  const dueOf = (order: OrderRecord) => dueDate(order.activatedAt, order.paymentTermDays);
  const order = orderBefore(world, day, (candidate) => activatedBefore(candidate, day) && (dueOf(candidate) ?? '') > day && !settled(candidate));
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

/**
 * A shopper says they paid an order that was due before; support asked for the bank's confirmation.
 * It is about an order whose first reminder had gone out by then, which its history shows unpaid,
 * never credited or reduced (the amount is the whole of it), and still outstanding.
 */
function missingPayment(world: SeededWorld, day: string, random: Random): Filed {
  const dueOf = (order: OrderRecord) => dueDate(order.activatedAt, order.paymentTermDays);
  const reminded = (order: OrderRecord) => {
    const due = dueOf(order);
    return due !== null && addDays(due, reminderOneAfterDays) <= day;
  };
  const untouched = (order: OrderRecord) => order.events.every((event) => event.type === 'created' || event.type === 'activated');
  // Only an order placed that long before can have been reminded by then: the search starts there.
  const placedBy = addDays(day, 1 - Math.min(...paymentTerms) - reminderOneAfterDays);
  const order = orderBefore(world, placedBy, (candidate) => activatedBefore(candidate, day) && reminded(candidate) && untouched(candidate));
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
      paidAmount: order ? order.outstanding : random.int(20, 400) * 100,
      shopperBankReference: `${paymentDate.replaceAll('-', '')}-${random.int(100_000, 999_999)}`,
    },
    follows: [{ days: 1, kind: 'reply' }],
    read: true,
  };
}


/**
 * A question about a statement: the provider has passed it to its accounting team. It names the
 * latest statement issued by then that carries a fee correction, and the correction's amount; with
 * none in the quarter before, it asks how the fees are worked out.
 */
function statementQuestion(world: SeededWorld, statementWorld: StatementWorld, day: string, currency: Currency): Filed {
  // A statement is issued once its week is over: the latest is that of the week before the running one.
  const latestIssued = weekAfter(isoWeekOf(day), -1);
  let found: { week: IsoWeek; amount: number; latest: boolean } | null = null;
  for (let back = 0; back < weeksToScan && !found; back += 1) {
    const week = weekAfter(latestIssued, -back);
    const amount = feeCorrection(world, statementWorld, week, day);
    if (amount !== null) found = { week, amount, latest: back === 0 };
  }
  return {
    day,
    request: {
      topic: 'statement',
      orderReference: null,
      customerId: null,
      message: found
        ? `${found.latest ? 'Our last weekly statement, week' : 'Our statement for week'} ${found.week.week} shows a fee correction of ${money(Math.abs(found.amount), currency)} ${found.amount < 0 ? 'charged to us' : 'in our favour'} that we cannot place. Which orders does it concern?`
        : 'How are the fees on our weekly statements worked out, and where do we see which orders they concern?',
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
    // The provider answers on the morning of a later day, or within the hour on the same day; the
    // merchant writes within the hour after what they did on the order.
    const since = follow.kind === 'merchant' && follow.after !== undefined && follow.after > last ? follow.after : last;
    const earliest = date === datePart(since) ? Number(since.slice(11, 13)) * 60 + Number(since.slice(14, 16)) + 20 : 8 * 60;
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
  // Each request is sent from its author's own address, that of their account.
  const addressOf = new Map(seededUsers().filter((user) => user.merchantId === merchantId).map((user) => [user.name, user.email]));
  const merchant = findMerchant(merchantId);
  if (!profile || !merchant) return [];
  const world = new SeededWorld(config, merchantId, mode);
  // The anchor only shifts dates, as it does for the orders.
  const random = createRandom('tickets', config.seed, merchantId, mode);
  const anchorDay = dayNumber(config.anchor);
  const daysAgo = (min: number, max: number) => fromDayNumber(anchorDay - random.int(min, max));
  const statementWorld: StatementWorld = { seed: config.seed, anchor: config.anchor, merchantId, mode };
  // Drawn in this order, whatever each finds in the world, so that the stream stays as it was. The
  // return question, filed first, is filed before the extension request.
  const returnDay = daysAgo(24, 34);
  const extension = extensionRequest(world, daysAgo(12, 18), random);
  const filed = [
    returnQuestion(world, returnDay, extension.day, merchant.currency),
    extension,
    missingPayment(world, daysAgo(5, 9), random),
    statementQuestion(world, statementWorld, daysAgo(1, 3), merchant.currency),
  ];

  // Staff take turns, so the list shows more than one author.
  const firstAuthor = random.int(0, profile.staff.length - 1);
  return filed.map((request, index) => {
    const author = profile.staff[(firstAuthor + index) % profile.staff.length] ?? '';
    const [firstName = '', lastName = ''] = author.split(' ');
    const ticket: TicketRecord = {
      ticketNumber: ticketNumber(merchantId, mode, index),
      createdAt: `${request.day}T${clock(random.int(7 * 60, 16 * 60))}`,
      firstName,
      lastName,
      merchantId,
      email: addressOf.get(author) ?? '',
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
