import { Alert, Box, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { SignInPage } from '@/features/auth';
import { orderPaths } from '@/features/orders/paths';
import { env } from '@/lib/env';
import { sessionToken } from '@/lib/session-token';

/** Only a path inside the app may be a return address, never another site. */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : orderPaths.list();
}

export function SignInRoute() {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = safeNext(search.get('next'));

  if (sessionToken.get()) return <Navigate to={next} replace />;
  return (
    <Box component="main" id="main">
      {search.get('expired') && (
        <Container size="sm" pt="xl">
          <Alert color="orange" role="status">
            {t('session.expired')}
          </Alert>
        </Container>
      )}
      <SignInPage showDemoAccounts={env.mocksEnabled} onSignedIn={() => void navigate(next, { replace: true })} />
    </Box>
  );
}
