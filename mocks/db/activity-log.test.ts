import type { ActivityItem } from '@/contract/activity';
import { Database } from './database';
import { readJournalEntry } from './journal-schema';

const seed = { seed: 1, ordersPerWorld: 20, anchor: '2026-11-24' };

const item = (id: string, merchantId: string): ActivityItem => ({
  id,
  at: '2026-11-24T09:00:00.000Z',
  actor: { name: 'Sophie Dubois', email: 'admin@atelier-lumiere.example' },
  merchantId,
  mode: 'test',
  kind: 'order-activated',
  subject: '1000042',
  detail: null,
  previousDetail: null,
  changes: null,
  reasonCode: null,
  amount: 21_495,
  currency: 'EUR',
});

describe("the merchants' activity logs", () => {
  it('are kept in a snapshot, and read back through the journal schema', () => {
    const db = new Database(seed);
    for (const logged of [item('a', '3333'), item('b', '4711'), item('c', '3333')]) db.apply({ kind: 'activity', item: logged });
    const rebuilt = new Database(seed);
    for (const entry of db.snapshot(Date.parse('2026-11-24T10:00:00.000Z'))) rebuilt.apply(readJournalEntry(entry)!);
    expect(rebuilt.activity.of('3333').map((kept) => kept.id)).toEqual(['a', 'c']);
    expect(rebuilt.activity.of('4711').map((kept) => kept.id)).toEqual(['b']);
  });

  it("start again when a merchant's demo data is reset, leaving the other merchants' alone", () => {
    const db = new Database(seed);
    db.apply({ kind: 'activity', item: item('a', '3333') });
    db.apply({ kind: 'activity', item: item('b', '4711') });
    db.apply({ kind: 'merchant-reset', merchantId: '3333' });
    expect(db.activity.of('3333')).toEqual([]);
    expect(db.activity.of('4711')).toHaveLength(1);
  });

  it('read a line kept before the log had reason codes as one whose reason was typed', () => {
    const { reasonCode: _none, ...older } = { ...item('a', '3333'), kind: 'order-cancelled' as const, detail: 'Out of stock' };
    expect(readJournalEntry({ kind: 'activity', item: older })).toEqual({ kind: 'activity', item: { ...older, reasonCode: null } });
  });

  it('read a line kept before the log noted what a change replaced as one that says nothing of it', () => {
    const { previousDetail: _none, ...older } = { ...item('a', '3333'), kind: 'member-role-changed' as const, subject: 'support@atelier-lumiere.example', detail: 'finance' };
    expect(readJournalEntry({ kind: 'activity', item: older })).toEqual({ kind: 'activity', item: { ...older, previousDetail: null } });
  });

  it('read a line kept before the log noted the values a change of the billing details replaced as one that names its fields only', () => {
    const { changes: _none, ...older } = { ...item('a', '3333'), kind: 'billing-details-changed' as const, mode: null, subject: 'Atelier Lumière', detail: 'city' };
    expect(readJournalEntry({ kind: 'activity', item: older })).toEqual({ kind: 'activity', item: { ...older, changes: null } });
  });

  it('refuses a stored line that is not one', () => {
    expect(readJournalEntry({ kind: 'activity', item: { ...item('a', '3333'), kind: 'order-eaten' } })).toBeNull();
    expect(readJournalEntry({ kind: 'activity', item: { ...item('a', '3333'), mode: 'staging' } })).toBeNull();
  });
});
