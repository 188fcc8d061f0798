import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Credentials, Session } from '@/contract/session';
import { isApiError } from '@/lib/api-error';
import { useMessage } from '@/lib/i18n';
import { credentialsFormSchema, useSignIn } from '../api/create-session';

type Props = {
  onSignedIn: (session: Session) => void;
  /** Lets the demo account list fill the form in. */
  prefill?: Credentials;
};

export function SignInForm({ onSignedIn, prefill }: Props) {
  const { t } = useTranslation('auth');
  const message = useMessage();
  const form = useForm<Credentials>({
    resolver: zodResolver(credentialsFormSchema),
    values: prefill,
    defaultValues: { email: '', password: '' },
  });
  const signIn = useSignIn({ onSuccess: onSignedIn });
  const { errors } = form.formState;

  const failure = signIn.error
    ? isApiError(signIn.error, 'unauthorized')
      ? t('signIn.wrongCredentials')
      : isApiError(signIn.error, 'network')
        ? t('signIn.networkError')
        : t('signIn.failed')
    : null;

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => signIn.mutate(values))}>
      <Stack gap="md">
        {failure && (
          <Alert color="red" role="alert" title={t('signIn.failedTitle')}>
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          required
          error={message(errors.email?.message)}
          {...form.register('email')}
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          error={message(errors.password?.message)}
          {...form.register('password')}
        />
        <Button type="submit" loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
