import type { ActivityItem } from '@/contract/activity';
import { activatedOrder, createdOrder, expiringOrder, fixtureToday } from '../testing/order-fixtures';
import { activityCsvHeader, activityCsvRow, filterActivity, orderChange } from './activity';
import { toCsv } from './csv';
import { activate, cancel, extendExpiry, reduceByAmount } from './order-actions';

const context = { today: fixtureToday, now: `${fixtureToday}T10:00:00.000Z`, actor: 'Sophie Dubois' };

const item = (id: string, at: string, over: Partial<ActivityItem> = {}): ActivityItem => ({
  id,
  at,
  actor: { name: 'Sophie Dubois', email: 'admin@atelier-lumiere.example' },
  merchantId: '3333',
  mode: null,
  kind: 'signed-in',
  subject: null,
  detail: null,
  previousDetail: null,
  changes: null,
  reasonCode: null,
  amount: null,
  currency: null,
  ...over,
});

describe('the change an order action made', () => {
  it('is told by the event it added: kind, world, order number, amount', () => {
    expect(orderChange(activate(createdOrder, context))).toEqual({
      kind: 'order-activated',
      mode: 'live',
      subject: '1000042',
      detail: null,
      reasonCode: null,
      amount: createdOrder.outstanding,
      currency: 'EUR',
    });
  });

  it('carries the reason of a cancel or a reduction, and the new expiry of an extension', () => {
    expect(orderChange(cancel(createdOrder, 'Out of stock', context))).toMatchObject({ kind: 'order-cancelled', detail: 'Out of stock', reasonCode: null });
    const picked = cancel(createdOrder, { reason: 'Out of stock: back in May', reasonCode: 'out-of-stock' }, context);
    expect(orderChange(picked)).toMatchObject({ kind: 'order-cancelled', detail: 'Out of stock: back in May', reasonCode: 'out-of-stock' });
    expect(orderChange(reduceByAmount(activatedOrder, 500, 'Scratched', context))).toMatchObject({ kind: 'order-reduced', amount: 500, detail: 'Scratched' });
    const extended = extendExpiry(expiringOrder, context);
    expect(orderChange(extended)).toMatchObject({ kind: 'order-expiry-extended', amount: null, currency: null, detail: extended.events.at(-1)!.expiresAt });
  });
});

describe('filtering the log', () => {
  const log = [
    item('a', '2026-11-22T23:30:00.000Z', { kind: 'order-activated', mode: 'live', subject: '1000042' }),
    item('b', '2026-11-23T09:00:00.000Z', { actor: { name: 'Pieter Janssens', email: 'finance@atelier-lumiere.example' } }),
    item('c', '2026-11-24T09:00:00.000Z', { kind: 'member-role-changed', subject: 'support@atelier-lumiere.example', detail: 'finance' }),
    item('d', '2026-11-24T09:00:00.000Z', { kind: 'billing-details-changed' }),
  ];
  const brussels = 'Europe/Brussels';
  const ids = (items: ActivityItem[]) => items.map((found) => found.id);

  it('lists everything newest first, the later recorded first at the same instant', () => {
    expect(ids(filterActivity(log, {}, brussels))).toEqual(['d', 'c', 'b', 'a']);
  });

  it('keeps the changes of one person', () => {
    expect(ids(filterActivity(log, { person: 'finance@atelier-lumiere.example' }, brussels))).toEqual(['b']);
  });

  it('keeps the kinds asked for', () => {
    expect(ids(filterActivity(log, { kind: ['order-activated', 'billing-details-changed'] }, brussels))).toEqual(['d', 'a']);
  });

  it('keeps the worlds asked for, "none" standing for the changes of neither', () => {
    expect(ids(filterActivity(log, { mode: ['live'] }, brussels))).toEqual(['a']);
    expect(ids(filterActivity(log, { mode: ['test'] }, brussels))).toEqual([]);
    expect(ids(filterActivity(log, { mode: ['test', 'none'] }, brussels))).toEqual(['d', 'c', 'b']);
  });

  it("reads days on the merchant's clock: 23:30 UTC is the next day in Brussels", () => {
    expect(ids(filterActivity(log, { from: '2026-11-23', to: '2026-11-23' }, brussels))).toEqual(['b', 'a']);
    expect(ids(filterActivity(log, { to: '2026-11-22' }, brussels))).toEqual([]);
  });
});

describe('the CSV of the log', () => {
  it('writes who, when, what and the amount as a number, and neutralises a formula', () => {
    const row = activityCsvRow(item('a', '2026-11-24T09:00:00.000Z', { kind: 'order-cancelled', mode: 'test', subject: '1000042', detail: '=HYPERLINK("x")', reasonCode: 'other', amount: 21_495, currency: 'EUR' }));
    const roleChange = activityCsvRow(item('b', '2026-11-24T10:00:00.000Z', { kind: 'member-role-changed', subject: 'support@atelier-lumiere.example', detail: 'finance', previousDetail: 'support' }));
    const billing = activityCsvRow(
      item('c', '2026-11-24T11:00:00.000Z', {
        kind: 'billing-details-changed',
        subject: 'Atelier Lumière',
        detail: 'city, country',
        changes: [
          { field: 'city', from: 'Brussel', to: 'Bruxelles' },
          { field: 'country', from: 'BE', to: 'FR' },
        ],
      }),
    );
    expect(toCsv(activityCsvHeader, [row, roleChange, billing])).toBe(
      '\uFEFFat,actorName,actorEmail,mode,kind,subject,detail,reasonCode,amount,currency,previousDetail,changes\r\n' +
        `2026-11-24T09:00:00.000Z,Sophie Dubois,admin@atelier-lumiere.example,test,order-cancelled,1000042,"'=HYPERLINK(""x"")",other,214.95,EUR,,\r\n` +
        '2026-11-24T10:00:00.000Z,Sophie Dubois,admin@atelier-lumiere.example,,member-role-changed,support@atelier-lumiere.example,finance,,,,support,\r\n' +
        '2026-11-24T11:00:00.000Z,Sophie Dubois,admin@atelier-lumiere.example,,billing-details-changed,Atelier Lumière,"city, country",,,,,"city: Brussel → Bruxelles\ncountry: BE → FR"\r\n',
    );
  });
});
