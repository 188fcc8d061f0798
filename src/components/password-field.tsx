import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's password field, with its error and description tied to the input for screen readers
 * (it leaves them untied), and the show-password button named in the user's language and reached
 * by the keyboard too (Mantine leaves it out of the tab order).
 */
export const PasswordField = forwardRef<HTMLInputElement, PasswordInputProps>(function PasswordField({ error, description, ...props }, ref) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <PasswordInput
      ref={ref}
      id={id}
      error={error}
      description={description}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy || undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('passwordField.toggle'), tabIndex: 0 }}
      {...props}
    />
  );
});
