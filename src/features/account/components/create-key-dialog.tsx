import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, CopyButton, Group, Modal, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCopy } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { accountLimits } from '@/contract/account';
import type { Mode } from '@/contract/common';
import { PasswordField } from '@/components/password-field';
import { ErrorState } from '@/components/query-states';
import { useReturnFocus } from '@/components/use-return-focus';
import { apiKeyFormSchemas, type ApiKeyForm } from '../api/api-key-form';
import { useCreateApiKey } from '../api/create-api-key';

type Props = { mode: Mode; opened: boolean; onClose: () => void };

/**
 * Names a new key, then shows its secret this once: it lives only in this dialog's state, and is
 * gone when the dialog closes, which also empties the name for the next key.
 */
export function CreateKeyDialog({ mode, opened, onClose }: Props) {
  const { t } = useTranslation('account');
  useReturnFocus(opened);
  const form = useForm<ApiKeyForm>({ resolver: zodResolver(apiKeyFormSchemas[mode]), defaultValues: { name: '', currentPassword: '' } });
  const create = useCreateApiKey({
    onError: (error) => {
      if (error.fieldErrors.currentPassword) form.setError('currentPassword', { message: 'account:validation.wrongPassword' }, { shouldFocus: true });
    },
  });
  const close = () => {
    create.reset();
    form.reset();
    onClose();
  };
  const submit = form.handleSubmit(({ name, currentPassword }) => create.mutate(mode === 'live' ? { name, mode, currentPassword } : { name, mode }));
  const message = (key?: string) => (key ? t(key, { defaultValue: key, ...accountLimits }) : undefined);
  const { errors } = form.formState;
  // Once the secret shows, a stray Escape or click beside the dialog would lose it for good: only
  // "Done" closes it. Nor does anything close it while the key is being made, whose secret would be lost.
  const showingSecret = create.data !== undefined;
  const mayClose = !showingSecret && !create.isPending;
  // The form and its button leave as the secret shows: the focus goes to the secret, not to the page's body.
  const secretRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (showingSecret) secretRef.current?.focus();
  }, [showingSecret]);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t(`keys.create.title.${mode}`)}
      returnFocus={false}
      closeOnEscape={mayClose}
      closeOnClickOutside={mayClose}
      withCloseButton={!showingSecret}
      closeButtonProps={{ 'aria-label': t('keys.create.close'), disabled: create.isPending }}
    >
      {create.data ? (
        <Stack gap="md">
          <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title={t('keys.create.onceTitle')}>
            {t('keys.create.once')}
          </Alert>
          <TextInput ref={secretRef} label={t('keys.create.secret')} value={create.data.secret} readOnly styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} onFocus={(event) => event.currentTarget.select()} />
          <Group justify="space-between">
            <CopyButton value={create.data.secret}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'green' : 'indigo'} leftSection={<IconCopy size={16} aria-hidden />} onClick={copy}>
                  {copied ? t('keys.create.copied') : t('keys.create.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close}>{t('keys.create.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Stack gap="md">
            {create.isError && !create.error.fieldErrors.currentPassword && <ErrorState error={create.error} />}
            <TextInput
              label={t('keys.create.name')}
              description={t('keys.create.nameHint')}
              required
              data-autofocus
              error={message(errors.name?.message)}
              {...form.register('name')}
            />
            {/* Asked again, as for the payout account: a live key acts on real orders and money. */}
            {mode === 'live' && (
              <PasswordField
                label={t('keys.create.password')}
                description={t('keys.create.passwordHint')}
                required
                autoComplete="current-password"
                error={message(errors.currentPassword?.message)}
                {...form.register('currentPassword')}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={create.isPending}>
                {t('keys.create.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t(`keys.create.submit.${mode}`)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
