import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetMockBackend } from '@mocks/node';
import { App } from '@/app/app';
import { resources } from '@/app/resources';
import { createAppRouter, routerSettled } from '@/app/router';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { apiRequest as appApiRequest, type RequestOptions } from '@/lib/api-client';
import { setDataMode, type DataMode } from '@/lib/data-mode';
import { createI18n, type LanguageCode } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { sessionToken } from '@/lib/session-token';
import { z } from 'zod';

/**
 * A call to the API from outside the app under test, as another tab would make it. It runs inside
 * act(): whatever the rendered app does meanwhile (its queries answering, its menus settling) is
 * applied before the test goes on.
 */
export function apiRequest<Schema extends z.ZodType>(path: string, schema: Schema, options?: RequestOptions): Promise<z.infer<Schema>> {
  return act(() => appApiRequest(path, schema, options));
}

export const demoUsers = {
  admin: 'admin@atelier-lumiere.example',
  finance: 'finance@atelier-lumiere.example',
  support: 'support@atelier-lumiere.example',
  bergblickAdmin: 'admin@bergblick.example',
} as const;

/** Signs in through the real API (the embedded backend's handlers) and keeps the token. */
export async function signInAs(user: keyof typeof demoUsers) {
  const session = await apiRequest('/session', z.object({ token: z.string() }), {
    method: 'POST',
    body: { email: demoUsers[user], password: 'demo-password' },
  });
  sessionToken.set(session.token);
  return session.token;
}

const orderRefSchema = z.object({
  items: z.array(z.object({ orderNumber: z.string(), version: z.number(), outstanding: z.number(), status: z.string() })),
});

/** An order of the signed-in merchant in the given status, as the API lists it, for a test to act on. */
export async function findOrder(status: string, mode: DataMode = 'live', index = 0, filters: Record<string, string> = {}) {
  const page = await apiRequest('/orders', orderRefSchema, { mode, query: { ...filters, status, sort: 'orderNumber', order: 'asc' } });
  const order = page.items[index];
  if (!order) throw new Error(`no ${status} order in ${mode}`);
  return order;
}

/** What the API holds for an order now, read the way another tab would. */
export function readOrder(orderNumber: string, mode: DataMode = 'live') {
  return apiRequest(`/orders/${orderNumber}`, z.looseObject({ status: z.string(), version: z.number(), outstanding: z.number(), credited: z.number() }), { mode });
}

type Options = {
  path?: string;
  as?: keyof typeof demoUsers;
  mode?: DataMode;
  language?: LanguageCode;
  ordersPerWorld?: number;
  /** Keep the database of the previous render (and its sessions), as a reload would. */
  resetData?: boolean;
  /** Pages of the tab's history before `path`: `path` is then a page reloaded after moving to it. */
  earlierPaths?: string[];
  /** The session is in the cache before the first render, as the app's start asks for it first (src/app/first-page.ts). */
  sessionFirst?: boolean;
};

const testDay = '2026-11-24';

/** A fresh database with a user signed in, for a test to prepare data before the app renders. */
export async function freshBackendAs(user: keyof typeof demoUsers, { mode = 'live', ordersPerWorld = 300 }: Pick<Options, 'mode' | 'ordersPerWorld'> = {}) {
  resetMockBackend({ ordersPerWorld, today: testDay });
  setDataMode(mode);
  await signInAs(user);
}

/** The whole app at `path`, through the real providers and the real handlers, on a fresh database. */
export async function renderApp({ path = '/orders', as, mode = 'live', language = 'en', ordersPerWorld = 300, resetData = true, earlierPaths = [], sessionFirst = false }: Options = {}) {
  if (resetData) resetMockBackend({ ordersPerWorld, today: testDay });
  setDataMode(mode);
  if (as) await signInAs(as);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  const user = userEvent.setup();
  // The first route's code loads before rendering, so that no router update lands outside act().
  const router = createAppRouter(queryClient, path, earlierPaths);
  if (sessionFirst) await act(() => queryClient.prefetchQuery(sessionQueryOptions()));
  await routerSettled(router);
  const view = render(<App queryClient={queryClient} i18n={createI18n(resources, language)} router={router} env="test" />);
  return { ...view, user, queryClient, router };
}
