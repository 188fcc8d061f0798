import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '@/contract/common';

type Props = {
  value: Role | undefined;
  onChange: (role: Role) => void;
  error?: string;
  /** Takes the focus as the dialog opens, on the role chosen. */
  autoFocus?: boolean;
};

/** The three roles, each with what it may do. */
export function RoleChoice({ value, onChange, error, autoFocus }: Props) {
  const { t } = useTranslation('team');
  return (
    <Radio.Group label={t('invite.role')} required value={value ?? null} onChange={(role) => onChange(role as Role)} error={error}>
      <Stack gap="xs" mt="xs">
        {roles.map((role) => (
          // Focus starts on the role chosen, where the arrow keys move from.
          <Radio key={role} value={role} label={t(`roles.${role}`)} description={t(`roleHints.${role}`)} data-autofocus={autoFocus && role === value ? true : undefined} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
