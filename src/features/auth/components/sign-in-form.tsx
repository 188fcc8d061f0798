import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TFunction } from 'i18next';
import { signInLockout, type Credentials, type Session } from '@/contract/session';
import type { ApiError } from '@/lib/api-error';
import { useMessage } from '@/lib/i18n';
import { credentialsFormSchema, useSignIn } from '../api/create-session';
import { authPaths } from '../paths';
import { PasswordField } from '@/components/password-field';

/** Says why a sign-in failed; whether an address has an account is never told. */
function failureMessage(error: ApiError, t: TFunction<'auth'>): string {
  switch (error.kind) {
    case 'unauthorized':
      return t('signIn.wrongCredentials');
    case 'rate-limited':
      return t('signIn.tooManyAttempts', { count: error.problem?.retryAfterMinutes ?? signInLockout.lockMinutes });
    case 'forbidden':
      return t('signIn.deactivated');
    case 'network':
      return t('signIn.networkError');
    default:
      return t('signIn.failed');
  }
}

type Props = {
  onSignedIn: (session: Session) => void;
  /** Lets the demo account list (or a link that led here) fill the form in. */
  prefill?: Credentials;
  /** Each press of "Sign in", before the fields are checked: what an earlier step said is then past. */
  onAttempt?: () => void;
};

export function SignInForm({ onSignedIn, prefill, onAttempt }: Props) {
  const { t } = useTranslation('auth');
  const message = useMessage();
  const form = useForm<Credentials>({
    resolver: zodResolver(credentialsFormSchema),
    values: prefill,
    defaultValues: { email: '', password: '' },
  });
  const signIn = useSignIn({ onSuccess: onSignedIn });
  const { errors } = form.formState;
  // The address typed so far goes along to the page that sends a new password: never the password.
  const email = useWatch({ control: form.control, name: 'email' }).trim();

  const failure = signIn.error && failureMessage(signIn.error, t);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        onAttempt?.();
        // A new attempt leaves the last one's refusal behind: beside a field's own message it would
        // say two things at once.
        signIn.reset();
        void form.handleSubmit((values) => signIn.mutate(values))(event);
      }}
    >
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
        <PasswordField
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          error={message(errors.password?.message)}
          {...form.register('password')}
        />
        <Group justify="space-between">
          <Anchor component={Link} to={authPaths.forgotPassword({ email: email || undefined })} size="sm">
            {t('signIn.forgot')}
          </Anchor>
          <Button type="submit" loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
