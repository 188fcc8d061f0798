import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, type RefObject } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import { ErrorState } from '@/components/query-states';
import { isApiError } from '@/lib/api-error';
import { useMessage } from '@/lib/i18n';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';
import { changePasswordFormSchema, useChangePassword, type ChangePasswordForm } from '../api/change-password';
import { refusedPasswordMessage } from '../lib/new-password';
import { NewPasswordFields } from './new-password-fields';
import { PasswordField } from '@/components/password-field';

type Props = { opened: boolean; onClose: () => void; returnTo: RefObject<HTMLElement | null> };

/** Asks for the current password, then the new one twice; a refusal is said next to its field, with what was typed kept. */
export function ChangePasswordDialog({ opened, onClose, returnTo }: Props) {
  const { t } = useTranslation('auth');
  const message = useMessage();
  useReturnFocus(opened, returnTo);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<ChangePasswordForm>({
    resolver: zodResolver(changePasswordFormSchema),
    defaultValues: { currentPassword: '', password: '', confirmation: '' },
    shouldFocusError: false,
  });
  useFocusFirstInvalid(form.formState.submitCount, formRef);
  const change = useChangePassword({
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('changePassword.done') });
      close();
    },
    onError: (error) => {
      if (!isApiError(error, 'validation')) return;
      if (error.fieldErrors.currentPassword) form.setError('currentPassword', { message: 'auth:validation.currentPasswordWrong' }, { shouldFocus: true });
      const refused = refusedPasswordMessage(error, 'newPassword');
      if (refused) form.setError('password', { message: refused }, { shouldFocus: !error.fieldErrors.currentPassword });
    },
  });
  const close = () => {
    change.reset();
    form.reset();
    onClose();
  };
  const { errors } = form.formState;
  const failed = change.isError && !isApiError(change.error, 'validation');

  return (
    <Modal opened={opened} onClose={close} title={t('changePassword.title')} returnFocus={false} closeButtonProps={{ 'aria-label': t('changePassword.close') }}>
      <form
        ref={formRef}
        noValidate
        onSubmit={form.handleSubmit((values) => change.mutate({ currentPassword: values.currentPassword, newPassword: values.password }))}
      >
        <Stack gap="md">
          {/* Too many wrong current passwords lock the address, as failed sign-ins do: how long is said. */}
          {failed &&
            (isApiError(change.error, 'rate-limited') ? (
              <ErrorState error={change.error} />
            ) : (
              <Alert color="red" role="alert">
                {t('changePassword.failed')}
              </Alert>
            ))}
          <PasswordField
            label={t('changePassword.current')}
            autoComplete="current-password"
            required
            data-autofocus
            error={message(errors.currentPassword?.message)}
            {...form.register('currentPassword')}
          />
          <NewPasswordFields register={form.register} errors={errors} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('changePassword.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('changePassword.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
