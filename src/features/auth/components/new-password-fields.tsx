import type { FieldErrors, Path, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { limits } from '@/contract/common';
import { useMessage } from '@/lib/i18n';
import { PasswordField } from '@/components/password-field';

type NewPassword = { password: string; confirmation: string };

type Props<Form extends NewPassword> = {
  register: UseFormRegister<Form>;
  errors: FieldErrors<NewPassword>;
};

/** A new password typed twice, with what makes a good one said beside it. */
export function NewPasswordFields<Form extends NewPassword>({ register, errors }: Props<Form>) {
  const { t } = useTranslation('auth');
  const message = useMessage();
  return (
    <>
      <PasswordField
        label={t('newPassword.password')}
        description={t('newPassword.hint')}
        autoComplete="new-password"
        required
        maxLength={limits.passwordMaxLength}
        error={message(errors.password?.message)}
        {...register('password' as Path<Form>)}
      />
      <PasswordField
        label={t('newPassword.confirmation')}
        autoComplete="new-password"
        required
        maxLength={limits.passwordMaxLength}
        error={message(errors.confirmation?.message)}
        {...register('confirmation' as Path<Form>)}
      />
    </>
  );
}
