import { Container, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Credentials, Session } from '@/contract/session';
import { DemoAccountList } from './demo-account-list';
import { SignInForm } from './sign-in-form';

type Props = { onSignedIn: (session: Session) => void; showDemoAccounts: boolean };

export function SignInPage({ onSignedIn, showDemoAccounts }: Props) {
  const { t } = useTranslation('auth');
  const [prefill, setPrefill] = useState<Credentials>();
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('signIn.title')}</Title>
          <Text c="dimmed">{t('signIn.subtitle')}</Text>
        </div>
        <SignInForm onSignedIn={onSignedIn} prefill={prefill} />
        {showDemoAccounts && <DemoAccountList onPick={(email, password) => setPrefill({ email, password })} />}
      </Stack>
    </Container>
  );
}
