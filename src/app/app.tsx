import type { QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

type Props = { queryClient: QueryClient; i18n: i18n; initialPath?: string; env?: 'default' | 'test' };

/** The whole app; tests render it too, with a memory router at `initialPath`. */
export function App({ queryClient, i18n, initialPath, env }: Props) {
  const [router] = useState(() => createAppRouter(queryClient, initialPath));
  return (
    <AppProvider queryClient={queryClient} i18n={i18n} env={env}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
