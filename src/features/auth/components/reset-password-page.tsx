import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Container, Stack, Text, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '@/components/query-states';
import { isApiError } from '@/lib/api-error';
import { resetPasswordFormSchema, useCompletePasswordReset, type ResetPasswordForm } from '../api/complete-password-reset';
import { useLeaveAnySession } from '../api/delete-session';
import { usePasswordReset } from '../api/get-password-reset';
import { refusedPasswordMessage } from '../lib/new-password';
import { authPaths } from '../paths';
import { LinkNoLonger } from './link-no-longer';
import { NewPasswordFields } from './new-password-fields';
import { SignedInHereNotice } from './signed-in-here-notice';
import { env } from '@/lib/env';

type Props = { token: string; onDone: (email: string) => void };

/** Opened from the e-mailed link, signed out: a new password, once, within the hour. */
export function ResetPasswordPage({ token, onDone }: Props) {
  const { t } = useTranslation('auth');
  const reset = usePasswordReset(token);
  const form = useForm<ResetPasswordForm>({ resolver: zodResolver(resetPasswordFormSchema), defaultValues: { password: '', confirmation: '' } });
  const leaveAnySession = useLeaveAnySession();
  const complete = useCompletePasswordReset({
    onSuccess: () => leaveAnySession(() => onDone(reset.data?.email ?? '')),
    onError: (error) => {
      const refused = isApiError(error, 'validation') ? refusedPasswordMessage(error, 'password') : null;
      if (refused) form.setError('password', { message: refused }, { shouldFocus: true });
    },
  });

  if (reset.isPending) return <LoadingState label={t('reset.loading')} />;
  if (reset.isError || isApiError(complete.error, 'not-found')) {
    return (
      <LinkNoLonger title={t('reset.invalidTitle')} explain={t('reset.invalid')}>
        <Anchor component={Link} to={authPaths.forgotPassword()}>
          {t('reset.askAgain')}
        </Anchor>
      </LinkNoLonger>
    );
  }
  const failed = complete.isError && !isApiError(complete.error, 'validation');
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('reset.title')}</Title>
          <Text c="dimmed">{t('reset.for', { email: reset.data.email })}</Text>
        </div>
        <SignedInHereNotice>{t(env.mocksEnabled ? 'reset.signedInHereDemo' : 'reset.signedInHere')}</SignedInHereNotice>
        <form noValidate onSubmit={form.handleSubmit(({ password }) => complete.mutate({ token, body: { password } }))}>
          <Stack gap="md">
            {failed && (
              <Alert color="red" role="alert">
                {t('reset.failed')}
              </Alert>
            )}
            {/* A hidden username lets a password manager file the new password under the right account. */}
            <input type="email" autoComplete="username" value={reset.data.email} readOnly hidden />
            <NewPasswordFields register={form.register} errors={form.formState.errors} />
            <Button type="submit" loading={complete.isPending}>
              {t('reset.submit')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}
