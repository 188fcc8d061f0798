import { Alert, Box, Container } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { afterSignInPath, lastUserOfThisTab, SignInPage, userKeyOf } from '@/features/auth';
import type { SignInNotice } from '@/features/auth/paths';
import { orderPaths } from '@/features/orders/paths';
import { teamPaths } from '@/features/team/paths';
import { env } from '@/lib/env';
import { sessionToken } from '@/lib/session-token';
import { mayOpen } from '../page-access';
import { SignedOutLanguageMenu } from '../shell/signed-out-language-menu';

export function SignInRoute() {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // Only a path inside the app may be a return address, never another site: else the orders.
  const next = afterSignInPath(search.get('next'), { origin: window.location.origin, fallback: orderPaths.list(), api: env.apiUrl });

  const notices: readonly SignInNotice[] = ['account-ready', 'password-set'];
  const notice = notices.find((known) => known === search.get('notice'));
  // That the session ended is past once the user tries to sign in again, a failure among the answers.
  const [attempted, setAttempted] = useState(false);
  // Read before the sign-in records its own user: the return address was the page of whoever left.
  const [leftBy] = useState(lastUserOfThisTab);
  // This tab's user was signed out in another tab: said here once, as the session that ended is.
  // (Signed in there as someone, the tab goes on to its page, which says who.)
  const [signedOutElsewhere] = useState(() => !sessionToken.get() && sessionToken.changeInOtherTab()?.user != null);
  useEffect(() => {
    if (signedOutElsewhere) sessionToken.forgetChangeInOtherTab();
  }, [signedOutElsewhere]);

  if (sessionToken.get()) return <Navigate to={next} replace />;
  return (
    <Box component="main" id="main">
      <SignedOutLanguageMenu />
      {(search.get('expired') || signedOutElsewhere) && !attempted && (
        <Container size="sm" pt="xl">
          <Alert color="orange" role="status">
            {t(signedOutElsewhere ? 'session.signedOutElsewhere' : 'session.expired')}
          </Alert>
        </Container>
      )}
      <SignInPage
        showDemoAccounts={env.mocksEnabled}
        email={search.get('email') ?? undefined}
        notice={notice}
        outboxPath={env.mocksEnabled ? teamPaths.outbox() : undefined}
        // Back where the user was, unless someone else signs in now in this tab (its page was not
        // theirs), or the page is not for their role: then the orders.
        onSignedIn={(session) => {
          const theirs = leftBy === null || leftBy === userKeyOf(session);
          void navigate(theirs && mayOpen(session.user.role, new URL(next, window.location.origin).pathname) ? next : orderPaths.list(), { replace: true });
        }}
        onAttempt={() => setAttempted(true)}
      />
    </Box>
  );
}
