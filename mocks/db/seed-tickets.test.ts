import { referencedOrderNumber } from '@/contract/support';
import { limits, type Currency, type Mode } from '@/contract/common';
import { numberFormat } from '@/contract/intl-formats';
import { addDays, datePart } from '../rules/dates';
import { isoWeekOf, sundayOf, weekAfter, type IsoWeek } from '../rules/iso-week';
import { documentsOf } from '../rules/order-documents';
import type { OrderRecord } from '../rules/order-model';
import { dueDate, paymentStateOn } from '../rules/order-status';
import { englishReplies } from '../rules/provider-replies-en';
import { StatementLedger } from '../rules/statement-ledger';
import { findMerchant, seededUsers } from './accounts';
import { SeededWorld, type SeedConfig } from './seed';
import { seededTickets, type SeededTicket } from './seed-tickets';

// The seeded tickets tell what the seeded history of their order, or statement, shows: a support
// agent who reads a ticket beside its order sees the same story in both.

/** The worlds the demo and the tests start from: the real date's (default size), the tests' day and sizes, and another seed. */
const configs: SeedConfig[] = [
  { seed: 1, ordersPerWorld: 2000, anchor: '2026-12-06' },
  { seed: 1, ordersPerWorld: 300, anchor: '2026-11-24' },
  { seed: 1, ordersPerWorld: 40, anchor: '2026-11-24' },
  { seed: 7, ordersPerWorld: 600, anchor: '2027-03-15' },
];

const worlds = configs.flatMap((config) =>
  (['3333', '4711'] as const).flatMap((merchantId) => (['live', 'test'] as const).map((mode) => ({ config, merchantId, mode }))),
);

const label = ({ config, merchantId, mode }: (typeof worlds)[number]) => `${merchantId} ${mode}, ${config.ordersPerWorld} orders on ${config.anchor}, seed ${config.seed}`;

const money = (cents: number, currency: Currency) =>
  numberFormat(englishReplies.locales[currency], { style: 'currency', currency, currencyDisplay: 'code' }).format(cents / 100);

function orderOf(world: SeededWorld, { ticket }: SeededTicket): OrderRecord | null {
  const orderNumber = ticket.orderReference === null ? null : referencedOrderNumber(ticket.orderReference, ticket.merchantId);
  if (orderNumber === null) return null;
  const position = world.positionOf(orderNumber);
  expect(position, `order ${orderNumber} of ${ticket.ticketNumber} is seeded`).toBeDefined();
  return world.order(position!);
}

const filingDay = ({ ticket }: SeededTicket) => datePart(ticket.createdAt);

describe.each(worlds)('the seeded tickets of $merchantId $mode ($config.ordersPerWorld orders on $config.anchor, seed $config.seed)', (setting) => {
  const { config, merchantId, mode } = setting;
  const world = new SeededWorld(config, merchantId, mode as Mode);
  const tickets = seededTickets(config, merchantId, mode as Mode);
  const currency = findMerchant(merchantId)!.currency;
  const byTopic = (topic: string) => tickets.filter(({ ticket }) => ticket.topic === topic);

  it('are filed in the order of their numbers, and everything on them was written before the anchor day', () => {
    const filed = tickets.map(({ ticket }) => ticket.createdAt);
    expect([...filed].sort()).toEqual(filed);
    for (const { ticket, replies } of tickets) {
      const times = [ticket.createdAt, ...replies.map((reply) => reply.at)];
      expect([...times].sort(), ticket.ticketNumber).toEqual(times);
      expect(times.at(-1)! < config.anchor, `${ticket.ticketNumber} of ${label(setting)}`).toBe(true);
    }
  });

  it("are sent from their author's own address, that of a member of the merchant's team", () => {
    const team = seededUsers().filter((user) => user.merchantId === merchantId);
    for (const { ticket } of tickets) {
      const author = team.find((user) => user.email === ticket.email);
      expect(author, `${ticket.ticketNumber} from ${ticket.email}`).toBeDefined();
      expect(`${ticket.firstName} ${ticket.lastName}`).toBe(author!.name);
    }
  });

  it('say a return was booked, with its credit note, only after the order’s history has that return', () => {
    for (const seeded of byTopic('credit')) {
      const order = orderOf(world, seeded);
      const advice = seeded.replies.find((reply) => reply.author === 'provider')!;
      const done = seeded.replies.find((reply) => reply.author === 'merchant' && /credit note/.test(reply.body));
      if (order === null) {
        // A question about no order in particular claims nothing booked.
        expect(done, seeded.ticket.ticketNumber).toBeUndefined();
        continue;
      }
      expect(done, `${seeded.ticket.ticketNumber} tells what was booked`).toBeDefined();
      // The return the merchant booked between the provider's advice and their message saying so.
      const booked = order.events.find((event) => event.type === 'returned' && event.at > advice.at && event.at < done!.at);
      expect(booked, `${seeded.ticket.ticketNumber}: order ${order.orderNumber} has a return between ${advice.at} and ${done!.at}: ${order.events.map((event) => `${event.type} ${event.at}`).join(', ')}`).toBeDefined();
      // Part of the goods came back: the order was activated before the request, and not all of it was returned.
      expect(order.activatedAt! < seeded.ticket.createdAt).toBe(true);
      expect(booked!.amount! < order.total).toBe(true);
      const creditNote = documentsOf(order).find((document) => document.type === 'credit-note' && document.issuedAt === booked!.at);
      expect(creditNote).toBeDefined();
      expect(done!.body).toContain(money(creditNote!.amount, currency));
      for (const line of booked!.lines ?? []) {
        expect(seeded.ticket.message).toContain(order.lines.find((candidate) => candidate.id === line.lineId)!.title);
      }
    }
  });

  it('ask for more time for an order not due yet when asked, which the shopper has not paid and was not credited or cancelled since', () => {
    for (const seeded of byTopic('payment-term-extension')) {
      const order = orderOf(world, seeded);
      if (order === null) continue;
      const filed = filingDay(seeded);
      const due = dueDate(order.activatedAt, order.paymentTermDays)!;
      expect(datePart(order.activatedAt!) < filed).toBe(true);
      expect(due > filed, `${seeded.ticket.ticketNumber}: order ${order.orderNumber} was due ${due}, asked ${filed}`).toBe(true);
      expect(seeded.ticket.wishedDueDate! > due).toBe(true);
      expect(seeded.ticket.wishedDueDate! <= addDays(due, limits.extensionDaysMax)).toBe(true);
      const closing = order.events.filter((event) => ['paid', 'credited', 'cancelled'].includes(event.type));
      expect(closing, `${seeded.ticket.ticketNumber}: order ${order.orderNumber}`).toEqual([]);
    }
  });

  it('look for a payment of an order that was reminded by then, whose history shows it unpaid, and for all that is outstanding', () => {
    for (const seeded of byTopic('missing-payment')) {
      const order = orderOf(world, seeded);
      if (order === null) continue;
      const filed = filingDay(seeded);
      const due = dueDate(order.activatedAt, order.paymentTermDays)!;
      expect(['reminder-1', 'reminder-2', 'collection'], `${seeded.ticket.ticketNumber}: order ${order.orderNumber} due ${due}, asked ${filed}`).toContain(paymentStateOn(due, filed));
      expect(order.events.map((event) => event.type), `${seeded.ticket.ticketNumber}: order ${order.orderNumber}`).toEqual(['created', 'activated']);
      expect(seeded.ticket.paidAmount).toBe(order.outstanding);
      expect(seeded.ticket.paymentDate! < filed && seeded.ticket.paymentDate! > datePart(order.activatedAt!)).toBe(true);
    }
  });

  it('ask about a fee correction only where an issued statement carries one, of the amount it names', () => {
    const statements = byTopic('statement');
    expect(statements).toHaveLength(1);
    const [seeded] = statements as [SeededTicket];
    const filed = filingDay(seeded);
    const ledger = new StatementLedger({ seed: config.seed, anchor: config.anchor, merchantId, mode: mode as Mode }, currency);
    ledger.sync(world.cores(), (orderNumber) => world.order(world.positionOf(orderNumber)!));
    // The latest statement issued by the filing day: the last whose Sunday is over.
    let latest: IsoWeek = isoWeekOf(filed);
    while (sundayOf(latest) >= filed) latest = weekAfter(latest, -1);
    const named = /week (\d+)/.exec(seeded.ticket.message);
    const claimsCorrection = /fee correction/.test(seeded.ticket.message);
    if (!claimsCorrection) return;
    // Without a week named, "our last weekly statement".
    let week = latest;
    if (named) while (week.week !== Number(named[1])) week = weekAfter(week, -1);
    if (/last weekly statement/.test(seeded.ticket.message)) expect(week).toEqual(latest);
    const correction = ledger.statement(week, filed).movements.find((movement) => movement.type === 'adjustment');
    expect(correction, `${seeded.ticket.ticketNumber}: the statement of ${week.year}-W${week.week} has a fee correction`).toBeDefined();
    expect(seeded.ticket.message).toContain(money(Math.abs(correction!.amount), currency));
    expect(seeded.ticket.message).toContain(correction!.amount < 0 ? 'charged to us' : 'in our favour');
  });
});

describe('the seeded tickets of the demo’s default world', () => {
  it('are each about an order when the world has one that fits', () => {
    for (const merchantId of ['3333', '4711']) {
      for (const mode of ['live', 'test'] as const) {
        const tickets = seededTickets({ seed: 1, ordersPerWorld: 2000, anchor: '2026-12-06' }, merchantId, mode);
        expect(tickets.map(({ ticket }) => ticket.orderReference !== null)).toEqual([true, true, true, false]);
      }
    }
  });
});
