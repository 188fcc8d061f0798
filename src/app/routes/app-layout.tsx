import { Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useOutletContext } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-states';
import type { Session } from '@/features/auth';
// The hook itself, not the feature's index: the index would bring every auth page into the entry chunk.
import { useSession } from '@/features/auth/api/get-session';
import { authPaths } from '@/features/auth/paths';
import { isApiError } from '@/lib/api-error';
import { CurrentUserProvider } from '@/lib/current-user';
import { MerchantCountryProvider } from '@/lib/format';
import { sessionToken } from '@/lib/session-token';
import { AppFrame } from '../shell/app-frame';
import { useFocusOnNewPage, usePageTitle } from '../shell/page-title';

/** Every page below needs a session; without one the user signs in and comes back here. */
export function AppLayout() {
  const { t } = useTranslation('shell');
  const location = useLocation();
  const session = useSession();
  usePageTitle();
  useFocusOnNewPage();

  if (!sessionToken.get() || isApiError(session.error, 'unauthorized')) {
    return <Navigate to={authPaths.signIn({ next: `${location.pathname}${location.search}` })} replace />;
  }
  if (session.isPending) return <LoadingState label={t('session.loading')} />;
  if (session.isError) {
    return (
      <Center p="xl">
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </Center>
    );
  }
  return (
    <MerchantCountryProvider value={session.data.merchant.country}>
      <CurrentUserProvider value={`${session.data.merchant.id}/${session.data.user.email}`}>
        <AppFrame session={session.data} />
      </CurrentUserProvider>
    </MerchantCountryProvider>
  );
}

/** The signed-in user's session, for the pages inside the layout. */
export function useCurrentSession(): Session {
  return useOutletContext<Session>();
}
