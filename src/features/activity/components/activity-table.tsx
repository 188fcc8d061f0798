import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '@/components/table-scroll';
import type { ActivityItem } from '@/contract/activity';
import { usePhone } from '@/lib/use-phone';
import { useActivityText, type SubjectPaths } from '../lib/use-activity-text';
import { ActivityCards } from './activity-cards';
import { ActivitySubject, ActivityWho, ActivityWorld } from './activity-parts';

export type ActivityListProps = SubjectPaths & { items: readonly ActivityItem[] };

/** The log as a table; on a phone, as cards. */
export function ActivityTable(props: ActivityListProps) {
  const { items } = props;
  const { t } = useTranslation('activity');
  const text = useActivityText(props);
  const phone = usePhone();
  if (phone) return <ActivityCards {...props} />;
  return (
    // Scrolls sideways on a narrow screen, with a shadow on the side where columns are hidden.
    <TableScroll label={t('table.caption')} minWidth={820}>
      <Table striped>
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.when')}</Table.Th>
            <Table.Th>{t('table.who')}</Table.Th>
            <Table.Th>{t('table.what')}</Table.Th>
            <Table.Th>{t('table.subject')}</Table.Th>
            <Table.Th>{t('table.world')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const detail = text.detail(item);
            return (
              <Table.Tr key={item.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{text.when(item)}</Table.Td>
                <Table.Td>
                  <ActivityWho actor={item.actor} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`kinds.${item.kind}`)}</Text>
                  {/* A note may hold a long unbroken word (a pasted address): it breaks rather than widen the column. */}
                  {detail && (
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
                      {detail}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <ActivitySubject subject={text.subject(item)} link={text.subjectLink(item)} />
                </Table.Td>
                <Table.Td>
                  <ActivityWorld mode={item.mode} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
