import { ordersQueryOptionsForAddress } from '@/features/orders/api/get-orders';
import { currentDataMode } from '@/lib/data-mode';
import { createQueryClient } from '@/lib/query-client';
import { sessionToken } from '@/lib/session-token';
import { freshBackendAs } from '@/testing/render-app';
import { prefetchFirstPage } from './first-page';

// A cold start asks for the first page's data before React renders it, under the very keys the
// page then reads, so the page finds it there instead of asking again.

describe('the first page of a cold start', () => {
  it('has its session and its orders asked for before it renders', async () => {
    await freshBackendAs('admin');
    const queryClient = createQueryClient();
    prefetchFirstPage(queryClient, { pathname: '/orders', search: '?status=paid&sort=total&order=asc' });
    const orders = ordersQueryOptionsForAddress(currentDataMode(), new URLSearchParams('?status=paid&sort=total&order=asc'))!;
    await vi.waitFor(() => expect(queryClient.getQueryData(orders.queryKey)?.items.length).toBeGreaterThan(0));
    expect(queryClient.getQueryData(orders.queryKey)?.items.every((order) => order.status === 'paid')).toBe(true);
    await vi.waitFor(() => expect(queryClient.getQueryData(['session', 'current'])).toMatchObject({ user: { role: 'admin' } }));
  });

  it('asks for nothing without a session, or for filters the API would refuse', async () => {
    await freshBackendAs('admin');
    const queryClient = createQueryClient();
    prefetchFirstPage(queryClient, { pathname: '/orders', search: '?from=2026-12-01&to=2026-01-01' });
    expect(queryClient.getQueryCache().getAll().map((query) => query.queryKey[0])).toEqual(['session']);
    sessionToken.clear();
    const signedOut = createQueryClient();
    prefetchFirstPage(signedOut, { pathname: '/orders', search: '' });
    expect(signedOut.getQueryCache().getAll()).toEqual([]);
  });
});
