import { Center } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useDeferredValue, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useOutletContext } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-states';
import type { Session } from '@/features/auth';
// The hook itself, not the feature's index: the index would bring every auth page into the entry chunk.
import { useSession } from '@/features/auth/api/get-session';
import { userKeyOf } from '@/features/auth/lib/apply-session';
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
  // The frame and the first page are laid out in a pass React may interrupt, not in one long task.
  const shownSession = useDeferredValue(session.data);
  usePageTitle();
  useFocusOnNewPage();
  useSayWhoSignedInElsewhere(shownSession);

  if (!sessionToken.get() || isApiError(session.error, 'unauthorized')) {
    // A refused session says so on the sign-in page, whichever of this and the 401 handler goes
    // first, and whichever call was refused first: the session's own, or another the page made.
    const expired = isApiError(session.error, 'unauthorized') || sessionToken.wasRefused();
    return <Navigate to={authPaths.signIn({ next: `${location.pathname}${location.search}`, expired })} replace />;
  }
  if (session.isError) {
    return (
      <Center p="xl">
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </Center>
    );
  }
  // Still asked for, or not yet laid out.
  if (shownSession === undefined) return <LoadingState label={t('session.loading')} />;
  return (
    <MerchantCountryProvider value={shownSession.merchant.country}>
      <CurrentUserProvider value={userKeyOf(shownSession)}>
        <AppFrame session={shownSession} />
      </CurrentUserProvider>
    </MerchantCountryProvider>
  );
}

/**
 * A tab that started again because someone signed in in another tab says who it now shows, when
 * that is another user than the one it showed: their view replaced the page without a word.
 */
function useSayWhoSignedInElsewhere(session: Session | undefined) {
  const { t } = useTranslation('shell');
  useEffect(() => {
    const change = session && sessionToken.changeInOtherTab();
    if (!session || !change) return;
    sessionToken.forgetChangeInOtherTab();
    if (change.user === null || change.user === userKeyOf(session)) return;
    notifications.show({
      id: 'signed-in-elsewhere',
      color: 'orange',
      autoClose: false,
      message: t('session.signedInElsewhere', { name: session.user.name, role: t(`roles.${session.user.role}`) }),
    });
  }, [session, t]);
}

/** The signed-in user's session, for the pages inside the layout. */
export function useCurrentSession(): Session {
  return useOutletContext<Session>();
}
