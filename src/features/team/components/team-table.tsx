import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '@/components/table-scroll';
import type { Team } from '@/contract/team';
import { useFormat } from '@/lib/format';
import { usePhone } from '@/lib/use-phone';
import { hasOtherActiveAdmin } from '../lib/member';
import { MemberActions, type MemberAction } from './member-actions';
import { MemberName } from './member-name';
import { MemberStateBadge } from './member-state-badge';
import { TeamCards } from './team-cards';

export type TeamListProps = {
  team: Team;
  currentEmail: string;
  /** The member whose change without a dialog (reactivate, new link) is under way. */
  pendingId: string | null;
  onAction: (memberId: string, action: MemberAction) => void;
};

/** The team as a table; on a phone, as cards. */
export function TeamTable(props: TeamListProps) {
  const { team, currentEmail, pendingId, onAction } = props;
  const { t } = useTranslation('team');
  const format = useFormat();
  const phone = usePhone();
  if (phone) return <TeamCards {...props} />;
  const otherAdmin = hasOtherActiveAdmin(team.items, currentEmail);
  return (
    // Wider than a narrow window: a region of its own that the keyboard can scroll.
    <TableScroll label={t('table.caption')} minWidth={700}>
      <Table striped>
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.member')}</Table.Th>
            <Table.Th>{t('table.role')}</Table.Th>
            <Table.Th>{t('table.lastSignIn')}</Table.Th>
            <Table.Th>{t('table.state')}</Table.Th>
            <Table.Th>
              <span className="visually-hidden">{t('table.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {team.items.map((member) => {
            const isYou = member.email === currentEmail.toLowerCase();
            return (
              <Table.Tr key={member.id} data-member-id={member.id}>
                {/* The address under the name, as a card has it: a column of its own pushed the actions past the edge at 1280 px. */}
                <Table.Td>
                  <MemberName member={member} isYou={isYou} />
                  <Text size="sm" c="dimmed">
                    {member.email}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`roles.${member.role}`)}</Table.Td>
                <Table.Td>{member.lastSignInAt ? format.dateTime(member.lastSignInAt) : t('table.never')}</Table.Td>
                <Table.Td>
                  <MemberStateBadge member={member} />
                </Table.Td>
                <Table.Td>
                  <MemberActions member={member} isYou={isYou} otherAdmin={otherAdmin} pending={pendingId === member.id} onAction={(action) => onAction(member.id, action)} wrap />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
