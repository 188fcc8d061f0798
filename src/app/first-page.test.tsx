import { orderViewsQueryOptions } from '@/features/orders/api/get-order-views';
import { ordersQueryOptionsForAddress } from '@/features/orders/api/get-orders';
import { currentDataMode } from '@/lib/data-mode';
import { createQueryClient } from '@/lib/query-client';
import { sessionToken } from '@/lib/session-token';
import { freshBackendAs } from '@/testing/render-app';
import { prefetchFirstPage, whenFirstPageShown } from './first-page';

// A cold start asks for the first page's data before React renders it, under the very keys the
// page then reads, so the page finds it there instead of asking again.

describe('the first page of a cold start', () => {
  it('has its session, its orders and the views above them asked for before it renders', async () => {
    await freshBackendAs('admin');
    const queryClient = createQueryClient();
    prefetchFirstPage(queryClient, { pathname: '/orders', search: '?status=paid&sort=total&order=asc' });
    const orders = ordersQueryOptionsForAddress(currentDataMode(), new URLSearchParams('?status=paid&sort=total&order=asc'))!;
    await vi.waitFor(() => expect(queryClient.getQueryData(orders.queryKey)?.items.length).toBeGreaterThan(0));
    expect(queryClient.getQueryData(orders.queryKey)?.items.every((order) => order.status === 'paid')).toBe(true);
    await vi.waitFor(() => expect(queryClient.getQueryData(['session', 'current'])).toMatchObject({ user: { role: 'admin' } }));
    await vi.waitFor(() => expect(queryClient.getQueryData(orderViewsQueryOptions(currentDataMode()).queryKey)?.views.length).toBeGreaterThan(0));
  });

  it('asks for nothing without a session, nor for orders under filters the API would refuse', async () => {
    await freshBackendAs('admin');
    const queryClient = createQueryClient();
    prefetchFirstPage(queryClient, { pathname: '/orders', search: '?from=2026-12-01&to=2026-01-01' });
    expect(queryClient.getQueryCache().getAll().map((query) => query.queryKey)).toEqual([['session', 'current'], orderViewsQueryOptions(currentDataMode()).queryKey]);
    sessionToken.clear();
    const signedOut = createQueryClient();
    prefetchFirstPage(signedOut, { pathname: '/orders', search: '' });
    expect(signedOut.getQueryCache().getAll()).toEqual([]);
  });
});

describe('the first page shown', () => {
  afterEach(() => vi.useRealTimers());

  it('is known once what it loads has arrived and the browser has painted, not before', async () => {
    vi.useFakeTimers();
    const queryClient = createQueryClient();
    let arrive = (_value: string) => {};
    void queryClient.prefetchQuery({ queryKey: ['first'], queryFn: () => new Promise<string>((resolve) => (arrive = resolve)) });
    let shown = false;
    void whenFirstPageShown(queryClient).then(() => (shown = true));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(shown).toBe(false);
    arrive('data');
    await vi.advanceTimersByTimeAsync(200);
    expect(shown).toBe(true);
  });

  it('is known after a paint on a page that loads nothing', async () => {
    vi.useFakeTimers();
    let shown = false;
    void whenFirstPageShown(createQueryClient()).then(() => (shown = true));
    expect(shown).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(shown).toBe(true);
  });
});
