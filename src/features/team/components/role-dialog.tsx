import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/contract/common';
import type { TeamMember } from '@/contract/team';
import { useReturnFocus } from '@/components/use-return-focus';
import { useChangeRole } from '../api/change-role';
import { displayName } from '../lib/member';
import { teamErrorMessage } from '../lib/team-errors';
import { RoleChoice } from './role-choice';

type Props = { member: TeamMember; opened: boolean; onClose: () => void };

export function RoleDialog({ member, opened, onClose }: Props) {
  const { t } = useTranslation('team');
  useReturnFocus(opened);
  const [role, setRole] = useState<Role>(member.role);
  const name = displayName(member);
  const change = useChangeRole({
    onSuccess: (changed) => {
      notifications.show({ color: 'green', message: t('role.done', { name, role: t(`roles.${changed.role}`) }) });
      onClose();
    },
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('role.title', { name })} returnFocus={false} closeButtonProps={{ 'aria-label': t('role.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (role === member.role) onClose();
          else change.mutate({ userId: member.id, role });
        }}
      >
        <Stack gap="md">
          {change.isError && (
            <Alert color="red" role="alert">
              {teamErrorMessage(change.error, t)}
            </Alert>
          )}
          <Text size="sm">{t('role.explain')}</Text>
          <RoleChoice value={role} onChange={setRole} autoFocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('role.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('role.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
