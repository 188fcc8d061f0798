import type { QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { AppProvider } from './provider';
import { createAppRouter, type AppRouter } from './router';

type Props = {
  queryClient: QueryClient;
  i18n: i18n;
  /** Tests hand in a memory router they have already let settle; the browser's is made here. */
  router?: AppRouter;
  env?: 'default' | 'test';
};

/** The whole app, in the browser or in a test. */
export function App({ queryClient, i18n, router: givenRouter, env }: Props) {
  const [router] = useState(() => givenRouter ?? createAppRouter(queryClient));
  return (
    <AppProvider queryClient={queryClient} i18n={i18n} env={env}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
