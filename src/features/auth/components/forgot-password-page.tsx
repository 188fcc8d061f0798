import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Container, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PasswordResetRequest } from '@/contract/session';
import { useMessage } from '@/lib/i18n';
import { passwordResetRequestFormSchema, useRequestPasswordReset } from '../api/request-password-reset';
import { authPaths } from '../paths';

/** Moves the focus to an element as it is shown. */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

/** `outboxPath`: in the demo build, where the messages it would have e-mailed are listed. */
export function ForgotPasswordPage({ outboxPath }: { outboxPath?: string }) {
  const { t, i18n } = useTranslation('auth');
  const message = useMessage();
  // The address typed on the sign-in page, brought along by its link: not to be typed twice.
  const [search] = useSearchParams();
  const form = useForm<PasswordResetRequest>({
    resolver: zodResolver(passwordResetRequestFormSchema),
    defaultValues: { email: search.get('email')?.trim() ?? '' },
  });
  const request = useRequestPasswordReset();
  // And back: the sign-in page is filled in with the address typed here.
  const typedEmail = useWatch({ control: form.control, name: 'email' }).trim();

  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('forgot.title')}</Title>
          <Text c="dimmed">{t('forgot.explain')}</Text>
        </div>
        {request.isSuccess ? (
          // The form and its button are gone: the focus moves here rather than to <body>, and a screen reader reads it.
          <Alert ref={focusOnMount} tabIndex={-1} color="green" title={t('forgot.sentTitle')} role="status">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('forgot.sent', { email: request.variables.body.email })}</Text>
              {outboxPath && (
                <>
                  <Text size="sm">{t('forgot.demo')}</Text>
                  <Anchor component={Link} to={outboxPath} size="sm">
                    {t('forgot.openOutbox')}
                  </Anchor>
                </>
              )}
            </Stack>
          </Alert>
        ) : (
          <form noValidate onSubmit={form.handleSubmit((body) => request.mutate({ body, language: i18n.language }))}>
            <Stack gap="md">
              {request.isError && (
                <Alert color="red" role="alert">
                  {t('forgot.failed')}
                </Alert>
              )}
              <TextInput
                label={t('forgot.email')}
                type="email"
                autoComplete="username"
                required
                error={message(form.formState.errors.email?.message)}
                {...form.register('email')}
              />
              <Button type="submit" loading={request.isPending}>
                {t('forgot.submit')}
              </Button>
            </Stack>
          </form>
        )}
        <Anchor component={Link} to={authPaths.signIn({ email: typedEmail || undefined })}>
          {t('forgot.backToSignIn')}
        </Anchor>
      </Stack>
    </Container>
  );
}
