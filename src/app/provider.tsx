import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme';

type Props = {
  queryClient: QueryClient;
  i18n: i18n;
  children: ReactNode;
  /** "test" under jsdom: no transitions, no portals' delays. */
  env?: 'default' | 'test';
};

export function AppProvider({ queryClient, i18n, children, env = 'default' }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env={env} cssVariablesResolver={cssVariablesResolver}>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
