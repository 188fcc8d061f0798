import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '@/contract/team';
import { displayName } from '../lib/member';

export type MemberAction = 'role' | 'deactivate' | 'reactivate' | 'resend';

type Props = {
  member: TeamMember;
  isYou: boolean;
  /** For your own row: whether another active admin could change your role (none can if you are the only one). */
  otherAdmin: boolean;
  pending: boolean;
  onAction: (action: MemberAction) => void;
  /** Buttons wrap to a second line rather than pass the edge of a narrow card or column. */
  wrap?: boolean;
};

/** What an admin may do to this member; never anything to themself. */
export function MemberActions({ member, isYou, otherAdmin, pending, onAction, wrap = false }: Props) {
  const { t } = useTranslation('team');
  if (isYou) {
    return (
      <Text size="sm" c="dimmed">
        {t(otherAdmin ? 'table.yourself' : 'table.yourselfOnlyAdmin')}
      </Text>
    );
  }
  const name = displayName(member);
  if (member.state === 'deactivated') {
    return (
      <Button size="compact-sm" variant="light" loading={pending} onClick={() => onAction('reactivate')} aria-label={t('actions.reactivateWho', { name })}>
        {t('actions.reactivate')}
      </Button>
    );
  }
  return (
    <Group gap="xs" wrap={wrap ? 'wrap' : 'nowrap'}>
      <Button size="compact-sm" variant="light" onClick={() => onAction('role')} aria-label={t('actions.changeRoleOf', { name })}>
        {t('actions.changeRole')}
      </Button>
      {member.state === 'invited' && (
        <Button size="compact-sm" variant="light" loading={pending} onClick={() => onAction('resend')} aria-label={t('actions.resendTo', { name })}>
          {t('actions.resend')}
        </Button>
      )}
      <Button size="compact-sm" variant="light" color="red" onClick={() => onAction('deactivate')} aria-label={t('actions.deactivateWho', { name })}>
        {t('actions.deactivate')}
      </Button>
    </Group>
  );
}
