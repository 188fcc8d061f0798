import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '@/contract/team';
import { useFormat } from '@/lib/format';
import { stateLabel } from '../lib/member';

const colors = { active: 'green', invited: 'blue', invitationExpired: 'orange', deactivated: 'gray' } as const;

/** The member's state and, for an invitee, until when their link works. */
export function MemberStateBadge({ member }: { member: TeamMember }) {
  const { t } = useTranslation('team');
  const format = useFormat();
  const label = stateLabel(member);
  return (
    <Stack gap={2} align="flex-start">
      <Badge variant="light" color={colors[label]}>
        {t(`states.${label}`)}
      </Badge>
      {member.invitation && (
        <Text size="xs" c="dimmed">
          {member.invitation.expired
            ? t('invitationEnded', { date: format.dateTime(member.invitation.expiresAt) })
            : t('invitationUntil', { date: format.dateTime(member.invitation.expiresAt) })}
        </Text>
      )}
    </Stack>
  );
}
