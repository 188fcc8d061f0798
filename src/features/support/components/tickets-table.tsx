import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { useFormat } from '@/lib/format';
import { useTickets } from '../api/get-tickets';

const statusColors = { open: 'blue', answered: 'green', 'waiting-for-you': 'orange', closed: 'gray' } as const;

/** The merchant's requests, newest first. */
export function TicketsTable() {
  const { t } = useTranslation('support');
  const format = useFormat();
  const tickets = useTickets();
  if (tickets.isPending) return <LoadingState label={t('tickets.loading')} />;
  if (tickets.isError) return <ErrorState error={tickets.error} onRetry={() => void tickets.refetch()} />;
  if (tickets.data.items.length === 0) return <EmptyState title={t('tickets.empty')} />;
  return (
    <Table.ScrollContainer minWidth={700} type="native">
      <Table striped>
        <caption className="visually-hidden">{t('tickets.title')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tickets.number')}</Table.Th>
            <Table.Th>{t('tickets.date')}</Table.Th>
            <Table.Th>{t('fields.topic')}</Table.Th>
            <Table.Th>{t('fields.orderReference')}</Table.Th>
            <Table.Th>{t('tickets.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tickets.data.items.map((ticket) => (
            <Table.Tr key={ticket.ticketNumber}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {ticket.ticketNumber}
                </Text>
              </Table.Td>
              <Table.Td>{format.dateTime(ticket.createdAt)}</Table.Td>
              <Table.Td>{t(`topics.${ticket.topic}`)}</Table.Td>
              <Table.Td ff="monospace">{ticket.orderReference ?? '—'}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusColors[ticket.status]}>
                  {t(`tickets.statuses.${ticket.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
