import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { setUnauthorizedHandler } from '@/lib/api-client';
import { sessionToken } from '@/lib/session-token';
import { AppLayout } from './routes/app-layout';
import { NotFoundRoute } from './routes/not-found';
import { OrderRoute } from './routes/order';
import { OrdersRoute } from './routes/orders';
import { SignInRoute } from './routes/sign-in';
import { StatementRoute, StatementsRoute } from './routes/statements';
import { SupportRoute } from './routes/support';

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInRoute /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <OrdersRoute /> },
      { path: 'orders', element: <OrdersRoute /> },
      { path: 'orders/:orderNumber', element: <OrderRoute /> },
      { path: 'statements', element: <StatementsRoute /> },
      { path: 'statements/:week', element: <StatementRoute /> },
      { path: 'support', element: <SupportRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

type AppRouter = ReturnType<typeof createBrowserRouter>;

/**
 * A 401 on any call means the session is gone: forget it and send the user to sign in, remembering
 * where they were so that they come back there.
 */
function handleUnauthorized(router: AppRouter, queryClient: QueryClient) {
  setUnauthorizedHandler(() => {
    sessionToken.clear();
    queryClient.clear();
    const { pathname, search } = router.state.location;
    if (pathname === '/sign-in') return;
    const next = encodeURIComponent(`${pathname}${search}`);
    void router.navigate(`/sign-in?next=${next}&expired=1`, { replace: true });
  });
}

export function createAppRouter(queryClient: QueryClient, initialPath?: string): AppRouter {
  const router = initialPath
    ? createMemoryRouter(routes, { initialEntries: [initialPath] })
    : createBrowserRouter(routes);
  handleUnauthorized(router, queryClient);
  return router;
}
