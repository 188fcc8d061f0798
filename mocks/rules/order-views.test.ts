import { orderFilterQuerySchema } from '@/contract/order-list';
import { orderViewsFor } from './order-views';

describe('ready-made views of the orders list', () => {
  it('follow the role: support what support handles, finance the money, an admin everything', () => {
    const ids = (role: 'admin' | 'finance' | 'support') => orderViewsFor(role, '2026-11-24').map((view) => view.id);
    expect(ids('support')).toEqual(['expiring-soon', 'overdue', 'in-collection']);
    expect(ids('finance')).toEqual(['overdue', 'in-collection', 'credited-this-month']);
    expect(ids('admin')).toEqual(['expiring-soon', 'waiting-to-ship', 'overdue', 'in-collection', 'credited-this-month']);
  });

  it('count this month from its first day, on the day given', () => {
    const credited = (today: string) => orderViewsFor('finance', today).find((view) => view.id === 'credited-this-month')?.query;
    expect(credited('2026-11-24')).toEqual({ creditedSince: '2026-11-01' });
    expect(credited('2027-01-01')).toEqual({ creditedSince: '2027-01-01' });
  });

  it('are links the list accepts as they are', () => {
    for (const view of orderViewsFor('admin', '2026-12-31')) expect(orderFilterQuerySchema.safeParse(view.query).success).toBe(true);
  });
});
