import { modes, type Mode } from '@/contract/common';
import type { OrderCore, OrderRecord } from '../rules/order-model';
import { now as clockNow } from '../rules/clock';
import { datePart } from '../rules/dates';
import { AccountBook } from './account-book';
import { ActivityLog } from './activity-log';
import { inIdleSlices } from './idle-slices';
import { OrderIndex } from '../rules/order-query';
import { toSummary } from '../rules/order-view';
import type { DueDateAgreement } from '../rules/due-date-agreement';
import type { TicketRecord } from '../rules/ticket';
import type { KeptMessage } from '../rules/ticket-thread';
import { UserBook } from './user-book';
import type { JournalEntry, RecordedAnswer, Session } from './journal';
import { SeededWorld, type SeedConfig } from './seed';
import { worldAgreements } from './ticket-conversations';

interface World {
  seeded: SeededWorld;
  /** What listing needs of every order, seeded or changed, by position. */
  orders: OrderCore[];
  positions: Map<string, number>;
  /** Changed or new orders, whole (shared with the database's change log). */
  changed: Map<string, OrderRecord>;
  /**
   * Built for one day, because expiry and days to expiry follow the calendar, with the due dates
   * the provider agreed to by the end of that day, which its payment states count from.
   */
  index: { day: string; orders: OrderIndex<OrderCore>; agreements: Map<string, DueDateAgreement> } | null;
}

/**
 * Where generated worlds are kept between starts of the backend, so that a start reads a world
 * back instead of generating it again (the browser's IndexedDB; nothing in tests).
 */
export interface WorldShelf {
  /** The seeded orders of a world kept for this seed, or undefined. */
  take(seed: SeedConfig, merchantId: string, mode: Mode): OrderCore[] | undefined;
  /** Keeps a world just generated; the array is not changed afterwards. */
  keep(seed: SeedConfig, merchantId: string, mode: Mode, orders: readonly OrderCore[]): void;
}

/** Orders whose search text is made per idle slice: some 10 ms of a worker's time. */
const searchSlice = 5_000;

const worldKey = (merchantId: string, mode: Mode): string => `${merchantId}:${mode}`;
const answerKey = (merchantId: string, mode: Mode, key: string): string => `${worldKey(merchantId, mode)}:${key}`;
const ticketKey = (merchantId: string, mode: Mode, ticketNumber: string): string => `${worldKey(merchantId, mode)}:${ticketNumber}`;

/** What was written on a ticket, seeded or filed, since the seed: its new messages and how far the merchant has read. */
interface TicketActivity {
  merchantId: string;
  mode: Mode;
  ticketNumber: string;
  messages: KeptMessage[];
  seen: number | null;
}

/**
 * The whole state in memory: seeded worlds, generated on first use, with the
 * recorded changes laid over them, and the sessions. Seeded orders are kept
 * without their details, which are rebuilt from the seed when asked for.
 */
export class Database {
  private seed: SeedConfig;
  private readonly worlds = new Map<string, World>();
  /** Changed orders per world, kept apart so a world can be (re)generated lazily. */
  private readonly changes = new Map<string, Map<string, OrderRecord>>();
  private sessions = new Map<string, Session>();
  private readonly answers = new Map<string, RecordedAnswer>();
  /** Filed support tickets per world, oldest first. */
  private readonly tickets = new Map<string, TicketRecord[]>();
  private readonly ticketActivity = new Map<string, TicketActivity>();
  readonly users = new UserBook();
  /** The merchants' billing details, payout accounts, API keys and security checks. */
  readonly accounts = new AccountBook(() => this.seed.anchor);
  /** Each merchant's log of the changes made through the API. */
  readonly activity = new ActivityLog();

  constructor(
    seed: SeedConfig,
    private readonly shelf: WorldShelf | null = null,
  ) {
    this.seed = seed;
  }

  get seedConfig(): SeedConfig {
    return this.seed;
  }

  apply(entry: JournalEntry): void {
    switch (entry.kind) {
      case 'order':
        this.putOrder(entry.order);
        return;
      case 'idempotent-answer': {
        const { merchantId, mode, key } = entry.answer;
        this.answers.set(answerKey(merchantId, mode, key), entry.answer);
        return;
      }
      case 'ticket': {
        const key = worldKey(entry.ticket.merchantId, entry.mode);
        this.tickets.set(key, [...this.filedTickets(entry.ticket.merchantId, entry.mode), entry.ticket]);
        this.agreementsChanged(entry.ticket.merchantId, entry.mode);
        return;
      }
      case 'ticket-message':
        this.activityOf(entry).messages.push(entry.message);
        this.agreementsChanged(entry.merchantId, entry.mode);
        return;
      case 'ticket-read':
        this.activityOf(entry).seen = entry.seen;
        return;
      case 'session-created':
        this.sessions.set(entry.session.token, entry.session);
        this.users.signedIn(entry.session.email, entry.session.createdAt);
        return;
      case 'session-deleted':
        this.sessions.delete(entry.token);
        return;
      case 'billing-details':
      case 'payout-account':
      case 'api-key':
      case 'security-check':
        this.accounts.apply(entry);
        return;
      case 'activity':
        this.activity.add(entry.item);
        return;
      case 'merchant-reset':
        this.accounts.forgetMerchant(entry.merchantId);
        this.activity.forgetMerchant(entry.merchantId);
        for (const mode of modes) {
          const key = worldKey(entry.merchantId, mode);
          this.worlds.delete(key);
          this.changes.delete(key);
          this.tickets.delete(key);
          for (const answer of this.answers.keys()) if (answer.startsWith(`${key}:`)) this.answers.delete(answer);
          for (const ticket of this.ticketActivity.keys()) if (ticket.startsWith(`${key}:`)) this.ticketActivity.delete(ticket);
        }
        return;
      case 'reset':
        this.seed = entry.seed;
        this.worlds.clear();
        this.changes.clear();
        this.answers.clear();
        this.tickets.clear();
        this.ticketActivity.clear();
        this.accounts.clear();
        this.activity.clear();
        this.sessions = new Map(entry.sessions.map((session) => [session.token, session]));
        return;
      case 'user':
        this.users.apply(entry);
        // A user who may not sign in has no session either: their next call is refused.
        if (entry.user.state !== 'active') {
          for (const session of this.sessionsOf(entry.user.email)) this.sessions.delete(session.token);
        }
        return;
      case 'link':
      case 'outbox-message':
      case 'failed-sign-ins':
        this.users.apply(entry);
        return;
    }
  }

  /**
   * The whole state as few journal entries as rebuild it: a reset to the seed with the live
   * sessions, then each changed order once (as it is now), each recorded answer and each ticket
   * with what was written on it, the changes to the accounts, the users, then the activity logs.
   */
  snapshot(now: number): JournalEntry[] {
    const entries: JournalEntry[] = [{ kind: 'reset', seed: this.seed, sessions: this.liveSessions(now) }];
    for (const orders of this.changes.values()) for (const order of orders.values()) entries.push({ kind: 'order', order });
    for (const answer of this.answers.values()) entries.push({ kind: 'idempotent-answer', answer });
    for (const [key, tickets] of this.tickets) {
      const mode = key.slice(key.lastIndexOf(':') + 1) as Mode;
      for (const ticket of tickets) entries.push({ kind: 'ticket', mode, ticket });
    }
    entries.push(...this.accounts.entries());
    for (const { merchantId, mode, ticketNumber, messages, seen } of this.ticketActivity.values()) {
      for (const message of messages) entries.push({ kind: 'ticket-message', mode, merchantId, ticketNumber, message });
      if (seen !== null) entries.push({ kind: 'ticket-read', mode, merchantId, ticketNumber, seen });
    }
    // Links and failed sign-ins run on the backend's clock, which a test may have set.
    entries.push(...this.users.entries(clockNow()));
    for (const item of this.activity.all()) entries.push({ kind: 'activity', item });
    return entries;
  }

  /** A session that has not expired at `now` (epoch milliseconds). */
  session(token: string, now: number): Session | undefined {
    const session = this.sessions.get(token);
    return session && Date.parse(session.expiresAt) > now ? session : undefined;
  }

  /** Every session of an address, ended or not. */
  sessionsOf(email: string): Session[] {
    return [...this.sessions.values()].filter((session) => session.email === email);
  }

  liveSessions(now: number): Session[] {
    return [...this.sessions.values()].filter((session) => Date.parse(session.expiresAt) > now);
  }

  recordedAnswer(merchantId: string, mode: Mode, key: string): RecordedAnswer | undefined {
    return this.answers.get(answerKey(merchantId, mode, key));
  }

  filedTickets(merchantId: string, mode: Mode): readonly TicketRecord[] {
    return this.tickets.get(worldKey(merchantId, mode)) ?? [];
  }

  /** The messages written on a ticket since the seed, and how many of its messages the merchant has seen (null: not opened since). */
  ticketChanges(merchantId: string, mode: Mode, ticketNumber: string): { messages: readonly KeptMessage[]; seen: number | null } {
    return this.ticketActivity.get(ticketKey(merchantId, mode, ticketNumber)) ?? { messages: [], seen: null };
  }

  /** The orders of a world changed since the seed, through the API. */
  changedOrders(merchantId: string, mode: Mode): Iterable<OrderRecord> {
    return this.changes.get(worldKey(merchantId, mode))?.values() ?? [];
  }

  order(merchantId: string, mode: Mode, orderNumber: string): OrderRecord | undefined {
    const world = this.world(merchantId, mode);
    const changed = world.changed.get(orderNumber);
    if (changed) return changed;
    const position = world.seeded.positionOf(orderNumber);
    return position === undefined ? undefined : world.seeded.order(position);
  }

  /** The orders of a world the shopper paid from day `from` to day `to`, both included. */
  ordersPaidBetween(merchantId: string, mode: Mode, from: string, to: string): OrderCore[] {
    return this.world(merchantId, mode).orders.filter(({ paidAt }) => paidAt !== null && datePart(paidAt) >= from && datePart(paidAt) <= to);
  }

  orderIndex(merchantId: string, mode: Mode, today: string): OrderIndex<OrderCore> {
    return this.indexOf(merchantId, mode, today).orders;
  }

  /** The due date the provider agreed to for an order by the end of `today`, if any. */
  dueDateAgreement(merchantId: string, mode: Mode, orderNumber: string, today: string): DueDateAgreement | null {
    return this.indexOf(merchantId, mode, today).agreements.get(orderNumber) ?? null;
  }

  private indexOf(merchantId: string, mode: Mode, today: string): NonNullable<World['index']> {
    const world = this.world(merchantId, mode);
    if (world.index?.day !== today) {
      const agreements = worldAgreements(this, merchantId, mode, today);
      const orders = new OrderIndex(world.orders, today, (order) => toSummary(order, today, agreements.get(order.orderNumber) ?? null));
      world.index = { day: today, orders, agreements };
      // The first page goes out without it; a search a moment later finds it made.
      inIdleSlices(() => orders.prepareSearch(searchSlice));
    }
    return world.index;
  }

  /**
   * A ticket filed or written on may bring the provider's agreement to a due date earlier than the
   * index expected (a reply written at once): the orders whose agreement changed are listed anew.
   */
  private agreementsChanged(merchantId: string, mode: Mode): void {
    const world = this.worlds.get(worldKey(merchantId, mode));
    const index = world?.index;
    if (!world || !index) return;
    const agreements = worldAgreements(this, merchantId, mode, index.day);
    const same = (a: DueDateAgreement | undefined, b: DueDateAgreement | undefined) => a?.ticketNumber === b?.ticketNumber && a?.at === b?.at;
    const changed = [...new Set([...agreements.keys(), ...index.agreements.keys()])].filter((orderNumber) => !same(agreements.get(orderNumber), index.agreements.get(orderNumber)));
    // Changed in place: the index's summaries read this very map.
    index.agreements.clear();
    for (const [orderNumber, agreement] of agreements) index.agreements.set(orderNumber, agreement);
    for (const orderNumber of changed) {
      const position = world.positions.get(orderNumber);
      if (position !== undefined) index.orders.replace(world.orders[position]!);
    }
  }

  private world(merchantId: string, mode: Mode): World {
    const key = worldKey(merchantId, mode);
    let world = this.worlds.get(key);
    if (!world) {
      const seeded = new SeededWorld(this.seed, merchantId, mode);
      const kept = this.shelf?.take(this.seed, merchantId, mode);
      const orders = kept?.length === seeded.size ? kept : seeded.cores();
      // A copy: changes are laid over the world's own array below and later.
      if (orders !== kept) this.shelf?.keep(this.seed, merchantId, mode, orders.slice());
      const positions = new Map(orders.map((order, position) => [order.orderNumber, position]));
      world = { seeded, orders, positions, changed: this.changesOf(key), index: null };
      this.worlds.set(key, world);
      for (const order of this.changes.get(key)?.values() ?? []) this.placeOrder(world, order);
    }
    return world;
  }

  private activityOf({ merchantId, mode, ticketNumber }: Pick<TicketActivity, 'merchantId' | 'mode' | 'ticketNumber'>): TicketActivity {
    const key = ticketKey(merchantId, mode, ticketNumber);
    let activity = this.ticketActivity.get(key);
    if (!activity) {
      activity = { merchantId, mode, ticketNumber, messages: [], seen: null };
      this.ticketActivity.set(key, activity);
    }
    return activity;
  }

  private putOrder(order: OrderRecord): void {
    const key = worldKey(order.merchantId, order.mode);
    this.changesOf(key).set(order.orderNumber, order);
    const world = this.worlds.get(key);
    if (world) this.placeOrder(world, order);
  }

  private changesOf(key: string): Map<string, OrderRecord> {
    let changed = this.changes.get(key);
    if (!changed) {
      changed = new Map();
      this.changes.set(key, changed);
    }
    return changed;
  }

  private placeOrder(world: World, order: OrderRecord): void {
    let position = world.positions.get(order.orderNumber);
    if (position === undefined) {
      position = world.orders.length;
      world.positions.set(order.orderNumber, position);
    }
    world.orders[position] = order;
    world.index?.orders.replace(order);
  }
}
