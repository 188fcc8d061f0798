import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, createMemoryRouter, Navigate, type RouteObject } from 'react-router';
import { LoadingState } from '@/components/query-states';
import { lastUserOfThisTab } from '@/features/auth/lib/apply-session';
import { authPaths } from '@/features/auth/paths';
import { orderPaths } from '@/features/orders/paths';
import { setUnauthorizedHandler } from '@/lib/api-client';
import { env } from '@/lib/env';
import { sessionToken } from '@/lib/session-token';
import { loadPage } from './page-load-error';
import { AppLayout } from './routes/app-layout';
import { NotFoundRoute } from './routes/not-found';
import { OrdersRoute } from './routes/orders';
import { RouteErrorPage } from './routes/route-error';
import { SignedOutLayout } from './routes/signed-out-layout';
import type { RouteHandle } from './shell/page-title';

// Each section loads when first visited, so the first screen does not wait for every feature. A
// section whose code fails to arrive shows the error page, which offers to load the app again.
// The orders list, the home page where nearly every visit starts, comes with the app's own code:
// loaded on first visit, its twenty files were asked for only once the app had started, and a cold
// load waited for them (rows 819 → 694 ms, the medians of eleven loads each).
const order = loadPage(() => import('./routes/order').then(({ OrderRoute }) => ({ Component: OrderRoute })));
const statements = loadPage(() => import('./routes/statements'));
const support = loadPage(() => import('./routes/support'));
const settings = loadPage(() => import('./routes/settings'));

/** Each page's title, then its section's: "Order 1001702 · Orders · Comptoir". */
const titled = {
  signIn: { title: (t) => [t('titles.signIn')] },
  orders: { title: (t) => [t('titles.orders')] },
  order: { title: (t, { orderNumber = '' }) => [t('titles.order', { orderNumber }), t('titles.orders')] },
  statements: { title: (t) => [t('titles.statements')] },
  statement: { title: (t, { week = '' }) => [t('titles.statement', { week }), t('titles.statements')] },
  support: { title: (t) => [t('titles.support')] },
  ticket: { title: (t, { ticketNumber = '' }) => [t('titles.ticket', { ticketNumber }), t('titles.support')] },
  settings: { title: (t) => [t('titles.settings')] },
  billingDetails: { title: (t) => [t('titles.billingDetails'), t('titles.settings')] },
  payoutAccount: { title: (t) => [t('titles.payoutAccount'), t('titles.settings')] },
  credentials: { title: (t) => [t('titles.credentials'), t('titles.settings')] },
  team: { title: (t) => [t('titles.team'), t('titles.settings')] },
  activity: { title: (t) => [t('titles.activity'), t('titles.settings')] },
  apiReference: { title: (t) => [t('titles.apiReference')] },
  notFound: { title: (t) => [t('titles.notFound')] },
  forgotPassword: { title: (t) => [t('titles.forgotPassword')] },
  resetPassword: { title: (t) => [t('titles.resetPassword')] },
  invitation: { title: (t) => [t('titles.invitation')] },
  outbox: { title: (t) => [t('titles.outbox')] },
} satisfies Record<string, RouteHandle>;

// Shown while the first page's code arrives.
const loading = <LoadingState />;

// Pages without a session: a forgotten password, the links sent by e-mail, and the demo's outbox.
const signedOut = loadPage(() => import('./routes/signed-out'));
const signedOutRoutes: RouteObject[] = [
  { path: '/forgot-password', handle: titled.forgotPassword, lazy: () => signedOut().then(({ ForgotPasswordRoute }) => ({ Component: ForgotPasswordRoute })) },
  { path: '/reset-password/:token', handle: titled.resetPassword, lazy: () => signedOut().then(({ ResetPasswordRoute }) => ({ Component: ResetPasswordRoute })) },
  { path: '/invitations/:token', handle: titled.invitation, lazy: () => signedOut().then(({ InvitationRoute }) => ({ Component: InvitationRoute })) },
  ...(env.mocksEnabled ? [{ path: '/outbox', handle: titled.outbox, lazy: () => signedOut().then(({ OutboxRoute }) => ({ Component: OutboxRoute })) }] : []),
].map((route) => ({ ...route, hydrateFallbackElement: loading, errorElement: <RouteErrorPage standalone /> }));

export const routes: RouteObject[] = [
  {
    Component: SignedOutLayout,
    children: [
      {
        path: '/sign-in',
        handle: titled.signIn,
        hydrateFallbackElement: loading,
        errorElement: <RouteErrorPage standalone />,
        lazy: loadPage(() => import('./routes/sign-in').then(({ SignInRoute }) => ({ Component: SignInRoute }))),
      },
      ...signedOutRoutes,
    ],
  },
  {
    path: '/',
    element: <AppLayout />,
    hydrateFallbackElement: loading,
    // Should the frame itself fail, the error page stands alone.
    errorElement: <RouteErrorPage standalone />,
    children: [
      {
        // A page that fails to load or to render shows the error page inside the frame, whose
        // navigation still leads everywhere else.
        errorElement: <RouteErrorPage />,
        children: [
          // The orders are the home page, under their own address so the navigation shows where one is.
          { index: true, element: <Navigate to={orderPaths.list()} replace /> },
          { path: 'orders', handle: titled.orders, Component: OrdersRoute },
          { path: 'orders/:orderNumber', handle: titled.order, lazy: order },
          { path: 'statements', handle: titled.statements, lazy: () => statements().then(({ StatementsRoute }) => ({ Component: StatementsRoute })) },
          { path: 'statements/:week', handle: titled.statement, lazy: () => statements().then(({ StatementRoute }) => ({ Component: StatementRoute })) },
          { path: 'support', handle: titled.support, lazy: () => support().then(({ SupportRoute }) => ({ Component: SupportRoute })) },
          {
            path: 'support/tickets/:ticketNumber',
            handle: titled.ticket,
            lazy: () => support().then(({ SupportTicketRoute }) => ({ Component: SupportTicketRoute })),
          },
          {
            path: 'settings',
            // Named, so that a role the settings are not for reads which page it was refused.
            handle: titled.settings,
            lazy: () => settings().then(({ SettingsLayout }) => ({ Component: SettingsLayout })),
            children: [
              { index: true, lazy: () => settings().then(({ SettingsIndexRoute }) => ({ Component: SettingsIndexRoute })) },
              { path: 'billing-details', handle: titled.billingDetails, lazy: () => settings().then(({ BillingDetailsRoute }) => ({ Component: BillingDetailsRoute })) },
              { path: 'payout-account', handle: titled.payoutAccount, lazy: () => settings().then(({ PayoutAccountRoute }) => ({ Component: PayoutAccountRoute })) },
              { path: 'credentials', handle: titled.credentials, lazy: () => settings().then(({ CredentialsRoute }) => ({ Component: CredentialsRoute })) },
              { path: 'team', handle: titled.team, lazy: loadPage(() => import('./routes/team').then(({ TeamRoute }) => ({ Component: TeamRoute }))) },
              { path: 'activity', handle: titled.activity, lazy: loadPage(() => import('./routes/activity').then(({ ActivityRoute }) => ({ Component: ActivityRoute }))) },
            ],
          },
          {
            path: 'api-reference',
            handle: titled.apiReference,
            lazy: loadPage(() => import('./routes/api-reference').then(({ ApiReferenceRoute }) => ({ Component: ApiReferenceRoute }))),
          },
          { path: '*', handle: titled.notFound, element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export type AppRouter = ReturnType<typeof createBrowserRouter>;

/**
 * A 401 on any call means the session is gone: forget it and send the user to sign in, remembering
 * where they were so that they come back there.
 */
function handleUnauthorized(router: AppRouter, queryClient: QueryClient) {
  setUnauthorizedHandler(() => {
    sessionToken.refuse();
    const { pathname, search } = router.state.location;
    if (pathname === authPaths.signIn()) return queryClient.clear();
    // The cache, with its refusal, is cleared once sign-in shows: the signed-in layout, rendered
    // again meanwhile, still knows why it has to leave (the sign-in page loads lazily).
    void router.navigate(authPaths.signIn({ next: `${pathname}${search}`, expired: true }), { replace: true }).then(() => queryClient.clear());
  });
}

/**
 * When another tab signs out, or in as somebody else, nothing this tab shows belongs to the session
 * any more: start again from the same address, which leads to sign-in when nobody is signed in.
 */
function followSessionOfOtherTabs(queryClient: QueryClient) {
  sessionToken.onChangeInOtherTab(() => {
    sessionToken.noteChangeInOtherTab(lastUserOfThisTab());
    queryClient.clear();
    window.location.reload();
  });
}

/**
 * The browser's router, or for tests one in memory at `initialPath`, with `earlierPaths` before it
 * in the tab's history (as after a reload of a page the user moved to).
 */
export function createAppRouter(queryClient: QueryClient, initialPath?: string, earlierPaths: string[] = []): AppRouter {
  const router = initialPath
    ? createMemoryRouter(routes, { initialEntries: [...earlierPaths, initialPath], initialIndex: earlierPaths.length })
    : createBrowserRouter(routes);
  handleUnauthorized(router, queryClient);
  if (!initialPath) followSessionOfOtherTabs(queryClient);
  return router;
}

/** Resolves once the router has loaded its first route's code and is not navigating. */
export function routerSettled(router: AppRouter): Promise<void> {
  const settled = () => router.state.initialized && router.state.navigation.state === 'idle';
  return new Promise((resolve) => {
    if (settled()) return resolve();
    const unsubscribe = router.subscribe(() => {
      if (!settled()) return;
      unsubscribe();
      resolve();
    });
  });
}
