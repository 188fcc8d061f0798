import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CardList, CardListItem } from '@/components/card-list';
import { useFormat } from '@/lib/format';
import { hasOtherActiveAdmin } from '../lib/member';
import { MemberActions } from './member-actions';
import { MemberName } from './member-name';
import { MemberStateBadge } from './member-state-badge';
import type { TeamListProps } from './team-table';

/**
 * The team on a phone: one card per user, the name and state first, then the e-mail address, the
 * role and the last sign-in, and what the admin may do, which the table put past the screen's edge.
 */
export function TeamCards({ team, currentEmail, pendingId, onAction }: TeamListProps) {
  const { t } = useTranslation('team');
  const format = useFormat();
  const otherAdmin = hasOtherActiveAdmin(team.items, currentEmail);
  return (
    <CardList label={t('table.caption')}>
      {team.items.map((member) => {
        const isYou = member.email === currentEmail.toLowerCase();
        return (
          <CardListItem key={member.id}>
            <Stack gap={6} data-member-id={member.id}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <MemberName member={member} isYou={isYou} />
                <MemberStateBadge member={member} />
              </Group>
              {/* An address has no spaces to break at: it breaks anywhere rather than widen the card. */}
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {member.email}
              </Text>
              <Text size="sm">{t('cards.role', { role: t(`roles.${member.role}`) })}</Text>
              <Text size="xs" c="dimmed">
                {member.lastSignInAt ? t('cards.lastSignIn', { date: format.dateTime(member.lastSignInAt) }) : t('cards.neverSignedIn')}
              </Text>
              <MemberActions member={member} isYou={isYou} otherAdmin={otherAdmin} pending={pendingId === member.id} onAction={(action) => onAction(member.id, action)} wrap />
            </Stack>
          </CardListItem>
        );
      })}
    </CardList>
  );
}
