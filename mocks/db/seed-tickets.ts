// A few older support tickets per world, so "My requests" is never empty in
// the demo. They come from the seed alone, never from the journal, so every
// tab and every reload shows the same ones and a reset brings them back.
import type { Mode } from '@/contract/common';
import { paymentReference } from '@/contract/orders';
import type { Ticket, TicketStatus } from '@/contract/support';
import { addDays, datePart, dayNumber, fromDayNumber } from '../rules/dates';
import type { OrderRecord } from '../rules/order-model';
import { dueDate } from '../rules/order-status';
import { createRandom, type Random } from '../rules/seeded-random';
import { ticketNumber, type TicketRequest } from '../rules/ticket';
import { merchantProfiles } from './seed-catalogue';
import { SeededWorld, type SeedConfig } from './seed';

/** The domain of each merchant's staff addresses, as in their demo accounts. */
const mailDomains: Readonly<Record<string, string>> = { '3333': 'atelier-lumiere.example', '4711': 'bergblick.example' };

/** How far back the search for a fitting order goes, so that large worlds stay fast. */
const ordersToScan = 400;

interface Filed {
  day: string;
  status: TicketStatus;
  request: Omit<TicketRequest, 'firstName' | 'lastName' | 'merchantId' | 'email'>;
}

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

/** A return the merchant was unsure how to book; long settled. */
function returnQuestion(world: SeededWorld, day: string): Filed {
  const order = orderBefore(world, day, (candidate) => activatedBefore(candidate, day));
  const which = order ? `order ${order.orderNumber}` : 'an order';
  return {
    day,
    status: 'closed',
    request: {
      topic: 'credit',
      // Quoted the way shoppers do, as its payment reference.
      orderReference: order ? paymentReference(order.orderNumber, order.merchantId) : null,
      customerId: order?.customer.customerId ?? null,
      message: `The customer of ${which} sent part of the goods back. Should we enter the return as a partial cancellation ourselves, or do you credit it?`,
      wishedDueDate: null,
    },
  };
}

/** A shopper asked for more time to pay; support has answered. */
function extensionRequest(world: SeededWorld, day: string, random: Random): Filed {
  const dueOf = (order: OrderRecord) => dueDate(order.activatedAt, order.paymentTermDays);
  const order = orderBefore(world, day, (candidate) => activatedBefore(candidate, day) && (dueOf(candidate) ?? '') > day);
  const due = order ? dueOf(order) : null;
  const wished = addDays(due !== null && due > day ? due : day, random.pick([14, 21, 30]));
  const which = order ? `order ${order.orderNumber}` : 'one of our orders';
  return {
    day,
    status: 'answered',
    request: {
      topic: 'payment-term-extension',
      orderReference: order?.orderNumber ?? null,
      customerId: order?.customer.customerId ?? null,
      message: `The customer of ${which} is waiting for a delayed salary payment and asks for more time. Could you move the due date to ${wished}?`,
      wishedDueDate: wished,
    },
  };
}

/** A question about a statement, still waiting for an answer. */
function statementQuestion(day: string): Filed {
  return {
    day,
    status: 'open',
    request: {
      topic: 'statement',
      orderReference: null,
      customerId: null,
      message: 'Our last weekly statement shows a fee correction we cannot place. Which orders does it concern?',
      wishedDueDate: null,
    },
  };
}

function generate(config: SeedConfig, merchantId: string, mode: Mode): Ticket[] {
  const profile = merchantProfiles[merchantId];
  const domain = mailDomains[merchantId];
  if (!profile || !domain) return [];
  const world = new SeededWorld(config, merchantId, mode);
  // The anchor only shifts dates, as it does for the orders.
  const random = createRandom('tickets', config.seed, merchantId, mode);
  const anchorDay = dayNumber(config.anchor);
  const daysAgo = (min: number, max: number) => fromDayNumber(anchorDay - random.int(min, max));
  const filed = [returnQuestion(world, daysAgo(24, 34)), extensionRequest(world, daysAgo(9, 16), random), statementQuestion(daysAgo(1, 4))];

  // Staff take turns, so the list shows more than one author.
  const firstAuthor = random.int(0, profile.staff.length - 1);
  return filed.map(({ day, status, request }, index) => {
    const [firstName = '', lastName = ''] = (profile.staff[(firstAuthor + index) % profile.staff.length] ?? '').split(' ');
    const minute = random.int(7 * 60, 17 * 60 - 1);
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    return {
      ticketNumber: ticketNumber(merchantId, index),
      createdAt: `${day}T${time}:00.000Z`,
      status,
      firstName,
      lastName,
      merchantId,
      email: `${firstName}.${lastName}@${domain}`.toLowerCase(),
      ...request,
    };
  });
}

const generated = new Map<string, readonly Ticket[]>();

/** The seeded tickets of a merchant's world, oldest first; generated once per seed. */
export function seededTickets(config: SeedConfig, merchantId: string, mode: Mode): readonly Ticket[] {
  const key = `${config.seed}|${config.ordersPerWorld}|${config.anchor}|${merchantId}|${mode}`;
  let tickets = generated.get(key);
  if (!tickets) {
    tickets = generate(config, merchantId, mode);
    generated.set(key, tickets);
  }
  return tickets;
}
