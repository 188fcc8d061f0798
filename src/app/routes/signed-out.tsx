import { Box } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ForgotPasswordPage, InvitationPage, ResetPasswordPage } from '@/features/auth';
import { authPaths } from '@/features/auth/paths';
import { OutboxPage } from '@/features/team';
import { teamPaths } from '@/features/team/paths';
import { orderPaths } from '@/features/orders/paths';
import { env } from '@/lib/env';
import { sessionToken } from '@/lib/session-token';
import { SignedOutLanguageMenu } from '../shell/signed-out-language-menu';

// The pages a user reaches without a session: from the sign-in page, or from a link sent by e-mail.

/** The page's landmark, like every other page's (its title and focus: SignedOutLayout). */
function Standalone({ children }: { children: ReactNode }) {
  return (
    <Box component="main" id="main">
      <SignedOutLanguageMenu />
      {children}
    </Box>
  );
}

const outboxPath = env.mocksEnabled ? teamPaths.outbox() : undefined;

export function ForgotPasswordRoute() {
  return (
    <Standalone>
      <ForgotPasswordPage outboxPath={outboxPath} />
    </Standalone>
  );
}

export function ResetPasswordRoute() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  return (
    <Standalone>
      <ResetPasswordPage key={token} token={token} onDone={(email) => void navigate(authPaths.signIn({ email, notice: 'password-set' }), { replace: true })} />
    </Standalone>
  );
}

export function InvitationRoute() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  return (
    <Standalone>
      <InvitationPage
        key={token}
        token={token}
        onSignedIn={() => void navigate(orderPaths.list(), { replace: true })}
        onAccepted={(email) => void navigate(authPaths.signIn({ email, notice: 'account-ready' }), { replace: true })}
      />
    </Standalone>
  );
}

/** Reached from the sign-in page and from the user menu: it leads back where the user came from. */
export function OutboxRoute() {
  const back = sessionToken.get() ? { to: orderPaths.list(), label: 'back' as const } : { to: authPaths.signIn(), label: 'backToSignIn' as const };
  return (
    <Standalone>
      <OutboxPage back={back} />
    </Standalone>
  );
}
