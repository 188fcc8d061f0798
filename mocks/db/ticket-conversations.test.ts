import { findMerchant } from './accounts';
import { Database } from './database';
import { conversationOf, conversationsOf } from './ticket-conversations';

const merchant = findMerchant('3333')!;
const config = { seed: 1, ordersPerWorld: 40, anchor: '2026-11-24' };
const message = { id: 'CPT-3333-000102-3', author: 'merchant', authorName: 'Sofie Maes', at: '2026-11-24T10:00:00.000Z', body: 'Thanks', status: 'open' } as const;

describe('the conversations of a merchant’s world', () => {
  it('lay what was written since the seed over the seeded ones, in their own world only', () => {
    const db = new Database(config);
    const seeded = conversationOf(db, merchant, 'live', 'CPT-3333-000102')!;
    db.apply({ kind: 'ticket-message', mode: 'live', merchantId: '3333', ticketNumber: 'CPT-3333-000102', message });
    db.apply({ kind: 'ticket-read', mode: 'live', merchantId: '3333', ticketNumber: 'CPT-3333-000102', seen: 3 });
    expect(conversationOf(db, merchant, 'live', 'CPT-3333-000102')).toEqual({ ...seeded, replies: [...seeded.replies, message], seen: 3 });
    expect(conversationOf(db, merchant, 'test', 'CPT-3333-T00102')!.replies).toHaveLength(1);
    // The live number names nothing in Test.
    expect(conversationOf(db, merchant, 'test', 'CPT-3333-000102')).toBeUndefined();
    expect(conversationOf(db, merchant, 'live', 'CPT-4711-000102')).toBeUndefined();
  });

  it('survive folding the journal into a snapshot, and go with a reset of the merchant', () => {
    const db = new Database(config);
    db.apply({ kind: 'ticket-message', mode: 'test', merchantId: '3333', ticketNumber: 'CPT-3333-T00102', message: { ...message, id: 'CPT-3333-T00102-3' } });
    db.apply({ kind: 'ticket-read', mode: 'test', merchantId: '3333', ticketNumber: 'CPT-3333-T00103', seen: 2 });
    const rebuilt = new Database({ ...config, seed: 9 });
    for (const entry of db.snapshot(Date.now())) rebuilt.apply(entry);
    expect(conversationsOf(rebuilt, merchant, 'test')).toEqual(conversationsOf(db, merchant, 'test'));

    rebuilt.apply({ kind: 'merchant-reset', merchantId: '3333' });
    expect(conversationsOf(rebuilt, merchant, 'test')).toEqual(conversationsOf(new Database(config), merchant, 'test'));
  });
});
