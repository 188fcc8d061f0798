// Mantine's styles in their cascade layer: any rule of the app wins over them, in whatever order the
// build puts the files.
import '@mantine/core/styles.layer.css';
import '@mantine/notifications/styles.layer.css';
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { useNotifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { onLanguageChosenElsewhere } from '@/lib/i18n';
import { keepFocusOnBusyButtons } from '@/lib/keep-focus';
import { useEverTrue } from '@/lib/use-ever-true';
import { switchLanguage } from './languages/load';
import { createAppTheme, cssVariablesResolver, overlayRegionId } from './theme';

type Env = 'default' | 'test';

type Props = {
  queryClient: QueryClient;
  i18n: i18n;
  children: ReactNode;
  /** "test" under jsdom: no transitions, no portals' delays. */
  env?: Env;
};

export function AppProvider({ queryClient, i18n, children, env = 'default' }: Props) {
  // A download or a send disables its button for a moment: the focus must not fall to <body>.
  useEffect(() => keepFocusOnBusyButtons(), []);
  // Every tab of the browser speaks the language last chosen in any of them.
  useEffect(() => onLanguageChosenElsewhere((code) => void switchLanguage(i18n, code)), [i18n]);
  return (
    <I18nextProvider i18n={i18n}>
      <ThemeProvider env={env}>
        <NotificationsOnceShown />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ThemeProvider>
    </I18nextProvider>
  );
}

const NotificationsRegion = lazy(() => import('./notifications-region'));

/** Mantine's notifications, and their transitions, load with the first one shown: most visits show none. */
function NotificationsOnceShown() {
  const { notifications, queue } = useNotifications();
  const shown = useEverTrue(notifications.length + queue.length > 0);
  return (
    shown && (
      <Suspense fallback={null}>
        <NotificationsRegion />
      </Suspense>
    )
  );
}

/** Light or dark as the system has it, unless the user chose one; remembered in this browser. */
const colorSchemeManager = localStorageColorSchemeManager({ key: 'comptoir.color-scheme' });

/** Mantine with a theme in the current language, renewed when the user picks another. */
function ThemeProvider({ env, children }: { env: Env; children: ReactNode }) {
  const { t } = useTranslation('shell');
  const closeNotification = t('notifications.close');
  const theme = useMemo(() => createAppTheme({ closeNotification }), [closeNotification]);
  return (
    <MantineProvider
      theme={theme}
      env={env}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
    >
      {children}
      {/* After the page, so that its skip link stays first; in the DOM before any portal mounts into it. */}
      <div id={overlayRegionId} role="region" aria-label={t('overlays')} />
    </MantineProvider>
  );
}
