import { sumCents } from '../rules/money';
import { documentsOf } from '../rules/order-documents';
import { toSummary } from '../rules/order-view';
import { SeededWorld } from './seed';

const anchor = '2026-11-24';
const world = (merchantId: string, mode: 'test' | 'live', seed = 1, ordersPerWorld = 600) =>
  new SeededWorld({ seed, ordersPerWorld, anchor }, merchantId, mode);

describe('the seed', () => {
  it('gives the same orders for the same seed and other orders for another seed', () => {
    expect(world('3333', 'live').order(0)).toEqual(world('3333', 'live').order(0));
    expect(world('3333', 'live').cores().slice(0, 20)).toEqual(world('3333', 'live').cores().slice(0, 20));
    expect(world('3333', 'live', 2).order(0)).not.toEqual(world('3333', 'live').order(0));
  });

  it('rebuilds any single order exactly as the whole world has it', () => {
    const seeded = world('4711', 'test');
    expect(seeded.order(123)).toMatchObject(seeded.cores()[123] ?? {});
  });

  it('gives every world its own order numbers', () => {
    const numbers = (['3333', '4711'] as const).flatMap((merchantId) =>
      (['test', 'live'] as const).map((mode) => new Set(world(merchantId, mode).cores().map((order) => order.orderNumber))),
    );
    const all = new Set(numbers.flatMap((set) => [...set]));
    expect(all.size).toBe(4 * 600);
    expect(world('3333', 'live').positionOf('1000001')).toBe(0);
    expect(world('3333', 'test').positionOf('1000001')).toBeUndefined();
  });

  it('places orders in the nine months before the anchor day, oldest first', () => {
    const cores = world('3333', 'live').cores();
    const dates = cores.map((order) => order.orderDate);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]! >= '2026-02-27').toBe(true);
    expect(dates.at(-1)! < anchor).toBe(true);
  });

  it('tells every status, with consistent amounts and events', () => {
    const seeded = world('3333', 'live', 1, 2000);
    const orders = Array.from({ length: seeded.size }, (_, position) => seeded.order(position));
    const statuses = new Set(orders.map((order) => toSummary(order, anchor).status));
    expect([...statuses].sort()).toEqual(['activated', 'cancelled', 'created', 'credited', 'paid']);
    for (const order of orders) {
      expect(order.total).toBe(sumCents(order.lines.map((line) => line.lineTotal)) + order.shippingFee);
      expect(order.outstanding).toBeGreaterThanOrEqual(0);
      expect(order.version).toBe(order.events.length);
      expect(order.events[0]?.type).toBe('created');
      if (order.status === 'paid') expect(order.events.at(-1)?.type).toBe('paid');
      if (order.status === 'credited') expect(order.outstanding).toBe(0);
      if (order.activatedAt) expect(order.events.some((event) => event.type === 'activated')).toBe(true);
    }
    const expiringSoon = orders.map((order) => toSummary(order, anchor)).filter((order) => order.daysToExpiry !== null && order.daysToExpiry <= 7);
    expect(expiringSoon.length).toBeGreaterThan(0);
  });

  it('returns the goods of a credit only when the reason is that they came back', () => {
    const seeded = world('3333', 'live', 1, 2000);
    const credited = Array.from({ length: seeded.size }, (_, position) => seeded.order(position)).filter((order) => order.statusReasonCode !== null && order.status === 'credited');
    const returnedUnits = (order: (typeof credited)[number]) => order.lines.reduce((sum, line) => sum + line.quantityReturned, 0);
    const byReason = (code: string) => credited.filter((order) => order.statusReasonCode === code);
    expect(byReason('goods-returned').length).toBeGreaterThan(0);
    expect(byReason('not-delivered').length).toBeGreaterThan(0);
    for (const order of byReason('goods-returned')) expect(order.lines.every((line) => line.quantityCancelled + line.quantityReturned === line.quantity && line.quantityReturned > 0)).toBe(true);
    // A credit for goods never delivered returns nothing (unless an earlier partial return did).
    const notDelivered = byReason('not-delivered').filter((order) => !order.events.some((event) => event.type === 'returned'));
    expect(notDelivered.length).toBeGreaterThan(0);
    for (const order of notDelivered) {
      expect(returnedUnits(order)).toBe(0);
      expect(order.lines.every((line) => line.quantityCancelled === line.quantity)).toBe(true);
    }
  });

  it('names on each return the lines that came back, as many units as the lines say', () => {
    const seeded = world('3333', 'live', 1, 2000);
    const orders = Array.from({ length: seeded.size }, (_, position) => seeded.order(position));
    const withReturns = orders.filter((order) => order.events.some((event) => event.type === 'returned'));
    expect(withReturns.length).toBeGreaterThan(0);
    for (const order of withReturns.filter((candidate) => candidate.status !== 'credited')) {
      const returnedByEvents = new Map<string, number>();
      for (const event of order.events.filter((candidate) => candidate.type === 'returned')) {
        expect(event.lines?.length).toBeGreaterThan(0);
        for (const line of event.lines ?? []) returnedByEvents.set(line.lineId, (returnedByEvents.get(line.lineId) ?? 0) + line.quantity);
      }
      for (const line of order.lines) expect(returnedByEvents.get(line.id) ?? 0).toBe(line.quantityReturned);
    }
  });

  it('issues an invoice for every activated order and a credit note for every credit after it', () => {
    const seeded = world('3333', 'live', 1, 1000);
    for (let position = 0; position < seeded.size; position += 1) {
      const order = seeded.order(position);
      const documents = documentsOf(order);
      const creditNotes = documents.filter((document) => document.type === 'credit-note');
      expect(documents.filter((document) => document.type === 'invoice')).toHaveLength(order.activatedAt ? 1 : 0);
      expect(sumCents(creditNotes.map((document) => document.amount))).toBe(order.credited);
      if (order.status === 'activated' || order.status === 'credited') expect(order.credited + order.outstanding).toBe(order.total);
    }
  });

  it('serves Bergblick mostly in Switzerland, Germany and Austria, in francs', () => {
    const cores = world('4711', 'live').cores();
    const alpine = cores.filter((order) => ['CH', 'DE', 'AT'].includes(order.country)).length;
    expect(alpine / cores.length).toBeGreaterThan(0.85);
    expect(new Set(cores.map((order) => order.currency))).toEqual(new Set(['CHF']));
  });
});
