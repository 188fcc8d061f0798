import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '@/contract/support';
import { useFormat } from '@/lib/format';
import { usePhone } from '@/lib/use-phone';
import { TicketCards } from './ticket-cards';
import { TicketNumberLink } from './ticket-number-link';
import { TicketStatusBadge } from './ticket-status-badge';

/**
 * Requests as a table, each leading to its conversation; unread replies in bold. Listed about one
 * order, the columns that would repeat it (the order, the day it was sent) are left out. On a
 * phone, where the table would scroll sideways, they are cards. Named by the visible heading above
 * them (`labelledBy`, its id), not by a hidden caption repeating it.
 */
export function TicketList({ items, labelledBy, aboutOrder = false }: { items: readonly Ticket[]; labelledBy: string; aboutOrder?: boolean }) {
  const { t } = useTranslation('support');
  const format = useFormat();
  const phone = usePhone();
  if (phone) return <TicketCards items={items} labelledBy={labelledBy} aboutOrder={aboutOrder} />;
  return (
    <Table.ScrollContainer minWidth={aboutOrder ? 560 : 800} type="native">
      <Table striped={!aboutOrder} aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tickets.number')}</Table.Th>
            {!aboutOrder && <Table.Th>{t('tickets.date')}</Table.Th>}
            <Table.Th>{t('fields.topic')}</Table.Th>
            {!aboutOrder && <Table.Th>{t('fields.orderReference')}</Table.Th>}
            <Table.Th>{t('tickets.status')}</Table.Th>
            <Table.Th>{t('tickets.lastMessage')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((ticket) => (
            <Table.Tr key={ticket.ticketNumber} fw={ticket.unread ? 700 : undefined}>
              <Table.Td>
                <TicketNumberLink ticket={ticket} />
              </Table.Td>
              {!aboutOrder && <Table.Td>{format.dateTime(ticket.createdAt)}</Table.Td>}
              <Table.Td>{t(`topics.${ticket.topic}`)}</Table.Td>
              {!aboutOrder && <Table.Td ff="monospace">{ticket.orderReference ?? '—'}</Table.Td>}
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
