import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { useFormat } from '@/lib/format';
import { useTickets } from '../api/get-tickets';
import { TicketNumberLink } from './ticket-number-link';
import { TicketStatusBadge } from './ticket-status-badge';

/** The merchant's requests, newest first, each leading to its conversation; unanswered replies in bold. */
export function TicketsTable() {
  const { t } = useTranslation('support');
  const format = useFormat();
  const tickets = useTickets();
  if (tickets.isPending) return <LoadingState label={t('tickets.loading')} />;
  if (tickets.isError) return <ErrorState error={tickets.error} onRetry={() => void tickets.refetch()} />;
  if (tickets.data.items.length === 0) return <EmptyState title={t('tickets.empty')} />;
  return (
    <Table.ScrollContainer minWidth={800} type="native">
      <Table striped>
        <caption className="visually-hidden">{t('tickets.title')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tickets.number')}</Table.Th>
            <Table.Th>{t('tickets.date')}</Table.Th>
            <Table.Th>{t('fields.topic')}</Table.Th>
            <Table.Th>{t('fields.orderReference')}</Table.Th>
            <Table.Th>{t('tickets.status')}</Table.Th>
            <Table.Th>{t('tickets.lastMessage')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tickets.data.items.map((ticket) => (
            <Table.Tr key={ticket.ticketNumber} fw={ticket.unread ? 700 : undefined}>
              <Table.Td>
                <TicketNumberLink ticket={ticket} />
              </Table.Td>
              <Table.Td>{format.dateTime(ticket.createdAt)}</Table.Td>
              <Table.Td>{t(`topics.${ticket.topic}`)}</Table.Td>
              <Table.Td ff="monospace">{ticket.orderReference ?? '—'}</Table.Td>
              <Table.Td>
                <TicketStatusBadge status={ticket.status} />
              </Table.Td>
              <Table.Td>{format.dateTime(ticket.lastMessageAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
