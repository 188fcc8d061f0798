import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router';
// From the query modules themselves: the features' indexes would pull their pages into the entry chunk.
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { orderViewsQueryOptions } from '@/features/orders/api/get-order-views';
import { ordersQueryOptionsForAddress } from '@/features/orders/api/get-orders';
import { orderPaths } from '@/features/orders/paths';
import { afterNextPaint } from '@/lib/after-next-paint';
import { currentDataMode } from '@/lib/data-mode';
import { sessionToken } from '@/lib/session-token';
import { routes } from './router';

// A cold start would otherwise run one step after another: the embedded backend, then the page's
// code, then the session, then the page's data. These start the later steps as early as they can.

/** Starts loading the code of the page at `pathname` (the router loads it again from the cache). */
export function preloadPageCode(pathname: string): void {
  for (const { route } of matchRoutes(routes, pathname) ?? []) {
    if (typeof route.lazy === 'function') void route.lazy();
  }
}

/** Sends the first page's requests (the session, the orders it lists) before React renders it. */
export function prefetchFirstPage(queryClient: QueryClient, { pathname, search }: Pick<Location, 'pathname' | 'search'>): void {
  if (sessionToken.get() === null) return;
  void queryClient.prefetchQuery(sessionQueryOptions());
  // The home page is the orders list.
  if (pathname !== orderPaths.list() && pathname !== '/') return;
  const mode = currentDataMode();
  const orders = ordersQueryOptionsForAddress(mode, new URLSearchParams(search));
  if (orders) void queryClient.prefetchQuery(orders);
  // The ready-made views above the list, asked for after its orders: on a narrow screen they take
  // a second line, which arriving after the first paint pushed the list down.
  void queryClient.prefetchQuery(orderViewsQueryOptions(mode));
}

/**
 * Settles once the first page is on screen: nothing is loading any more (the session, the page's
 * data) and the browser has painted since. A page that loads nothing settles after its first paint.
 */
export function whenFirstPageShown(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    const cache = queryClient.getQueryCache();
    const settled = () => {
      if (queryClient.isFetching() > 0) return;
      unsubscribe();
      afterNextPaint(resolve);
    };
    const unsubscribe = cache.subscribe(settled);
    settled();
  });
}
