import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '@/contract/team';

/** A member's name, or that none is given yet (an invitation not accepted), marked when it is the reader. */
export function MemberName({ member, isYou }: { member: TeamMember; isYou: boolean }) {
  const { t } = useTranslation('team');
  return (
    <Group gap="xs" wrap="nowrap">
      {member.name ? (
        <Text size="sm" fw={600}>
          {member.name}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          {t('table.noName')}
        </Text>
      )}
      {isYou && (
        <Badge size="sm" variant="outline">
          {t('table.you')}
        </Badge>
      )}
    </Group>
  );
}
