import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Container, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { limits } from '@/contract/common';
import { LoadingState } from '@/components/query-states';
import { isApiError } from '@/lib/api-error';
import { useMessage } from '@/lib/i18n';
import type { Session } from '@/contract/session';
import { useSignIn } from '../api/create-session';
import { useLeaveAnySession } from '../api/delete-session';
import { acceptInvitationFormSchema, useAcceptInvitation, type AcceptInvitationForm } from '../api/accept-invitation';
import { useInvitation } from '../api/get-invitation';
import { refusedPasswordMessage } from '../lib/new-password';
import { authPaths } from '../paths';
import { LinkNoLonger } from './link-no-longer';
import { NewPasswordFields } from './new-password-fields';
import { SignedInHereNotice } from './signed-in-here-notice';
import { env } from '@/lib/env';

type Props = {
  token: string;
  /** Signed in with the new account, straight after creating it. */
  onSignedIn: (session: Session) => void;
  /** The account is made but the sign-in that follows failed: the invitee signs in themselves. */
  onAccepted: (email: string) => void;
};

/** Opened from the e-mailed invitation, signed out: the invitee's name and password, then in. */
export function InvitationPage({ token, onSignedIn, onAccepted }: Props) {
  const { t } = useTranslation('auth');
  const message = useMessage();
  const invitation = useInvitation(token);
  const form = useForm<AcceptInvitationForm>({ resolver: zodResolver(acceptInvitationFormSchema), defaultValues: { name: '', password: '', confirmation: '' } });
  const leaveAnySession = useLeaveAnySession();
  const signIn = useSignIn({
    onSuccess: (session) => {
      notifications.show({ color: 'green', message: t('invitation.welcome', { merchant: session.merchant.name }) });
      onSignedIn(session);
    },
    onError: (_error, { email }) => onAccepted(email),
  });
  const accept = useAcceptInvitation({
    // The invitee has just typed their password: asking for it again on the sign-in page would be a needless step.
    onSuccess: ({ email }, { body }) => leaveAnySession(() => signIn.mutate({ email, password: body.password })),
    onError: (error) => {
      if (!isApiError(error, 'validation')) return;
      if (error.fieldErrors.name) form.setError('name', { message: 'auth:validation.nameRequired' }, { shouldFocus: true });
      const refused = refusedPasswordMessage(error, 'password');
      if (refused) form.setError('password', { message: refused }, { shouldFocus: !error.fieldErrors.name });
    },
  });

  // The link is used up once accepted: reading it again would call it dead while the sign-in runs.
  if (accept.isSuccess) return <LoadingState label={t('invitation.signingIn')} />;
  if (invitation.isPending) return <LoadingState label={t('invitation.loading')} />;
  if (invitation.isError || isApiError(accept.error, 'not-found')) {
    return (
      <LinkNoLonger title={t('invitation.invalidTitle')} explain={t('invitation.invalid')}>
        <Anchor component={Link} to={authPaths.signIn()}>
          {t('forgot.backToSignIn')}
        </Anchor>
      </LinkNoLonger>
    );
  }
  const { merchantName, invitedBy, role, email } = invitation.data;
  const failed = accept.isError && !isApiError(accept.error, 'validation');
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('invitation.title', { merchant: merchantName })}</Title>
          <Text c="dimmed">{t('invitation.invitedBy', { inviter: invitedBy, role: t(`roles.${role}`), email })}</Text>
        </div>
        <SignedInHereNotice>{t(env.mocksEnabled ? 'invitation.signedInHereDemo' : 'invitation.signedInHere')}</SignedInHereNotice>
        <form noValidate onSubmit={form.handleSubmit(({ name, password }) => accept.mutate({ token, body: { name, password } }))}>
          <Stack gap="md">
            {failed && (
              <Alert color="red" role="alert">
                {t('invitation.failed')}
              </Alert>
            )}
            <input type="email" autoComplete="username" value={email} readOnly hidden />
            <TextInput
              label={t('invitation.name')}
              autoComplete="name"
              required
              maxLength={limits.nameLength}
              error={message(form.formState.errors.name?.message)}
              {...form.register('name')}
            />
            <NewPasswordFields register={form.register} errors={form.formState.errors} />
            <Button type="submit" loading={accept.isPending}>
              {t('invitation.submit')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}
