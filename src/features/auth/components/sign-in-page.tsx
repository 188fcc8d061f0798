import { Alert, Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Credentials, Session } from '@/contract/session';
import type { SignInNotice } from '../paths';
import { DemoAccountList } from './demo-account-list';
import { SignInForm } from './sign-in-form';

type Props = {
  onSignedIn: (session: Session) => void;
  showDemoAccounts: boolean;
  /** The address to fill in, from the link that led here. */
  email?: string;
  notice?: SignInNotice;
  /** In the demo build, where the messages it would have e-mailed are listed. */
  outboxPath?: string;
  /** Each press of "Sign in": what the page around it said before (a session that ended) is then past too. */
  onAttempt?: () => void;
};

export function SignInPage({ onSignedIn, showDemoAccounts, email, notice, outboxPath, onAttempt }: Props) {
  const { t } = useTranslation('auth');
  const [prefill, setPrefill] = useState<Credentials | undefined>(email ? { email, password: '' } : undefined);
  // What the last step did ("your password was changed") is past once the user tries to sign in:
  // it would otherwise stand next to the answer to that attempt, a failure among them.
  const [pastNotice, setPastNotice] = useState<SignInNotice | null>(null);
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('signIn.title')}</Title>
          <Text c="dimmed">{t('signIn.subtitle')}</Text>
        </div>
        {notice && notice !== pastNotice && (
          <Alert color="green" title={t('signIn.noticeTitle')} role="status">
            {t(`signIn.notices.${notice}`)}
          </Alert>
        )}
        <SignInForm
          onSignedIn={onSignedIn}
          prefill={prefill}
          onAttempt={() => {
            setPastNotice(notice ?? null);
            onAttempt?.();
          }}
        />
        {showDemoAccounts && <DemoAccountList onPick={(picked, password) => setPrefill({ email: picked, password })} />}
        {outboxPath && (
          <Text size="sm">
            {t('demo.outbox')}{' '}
            {/* Underlined: within a sentence, colour alone would not tell the link apart. */}
            <Anchor component={Link} to={outboxPath} underline="always">
              {t('demo.openOutbox')}
            </Anchor>
          </Text>
        )}
      </Stack>
    </Container>
  );
}
