import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '@/contract/team';
import { useReturnFocus } from '@/components/use-return-focus';
import { useDeactivateMember } from '../api/deactivate-member';
import { displayName } from '../lib/member';
import { teamErrorMessage } from '../lib/team-errors';

type Props = {
  member: TeamMember;
  opened: boolean;
  onClose: () => void;
  /** Once deactivated: the button that opened the dialog is gone, and the page says where the focus goes. */
  onDeactivated: (member: TeamMember) => void;
};

/** Signing someone out for good is asked for, never done on one click. */
export function DeactivateDialog({ member, opened, onClose, onDeactivated }: Props) {
  const { t } = useTranslation('team');
  const [done, setDone] = useState(false);
  // Cancelled, the focus goes back to the Deactivate button; done, to the member's row (onDeactivated).
  useReturnFocus(opened || done);
  const name = displayName(member);
  const deactivate = useDeactivateMember({
    onSuccess: (deactivated) => {
      setDone(true);
      notifications.show({ color: 'green', message: t('deactivate.done', { name }) });
      onDeactivated(deactivated);
      onClose();
    },
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('deactivate.title', { name })} returnFocus={false} closeButtonProps={{ 'aria-label': t('deactivate.close') }}>
      <Stack gap="md">
        {deactivate.isError && (
          <Alert color="red" role="alert">
            {teamErrorMessage(deactivate.error, t)}
          </Alert>
        )}
        <Text>{member.state === 'invited' ? t('deactivate.explainInvited') : t('deactivate.explain')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('deactivate.cancel')}
          </Button>
          <Button color="red" loading={deactivate.isPending} onClick={() => deactivate.mutate(member.id)}>
            {t('deactivate.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
