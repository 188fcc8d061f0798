import { Anchor, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TicketDetail } from '@/contract/support';
import { useFormat } from '@/lib/format';
import { topicRows } from '../lib/topic-rows';

/** What the request was filed with: its topic, who sent it, and the order and figures it names. */
export function TicketDetails({ ticket, orderPath }: { ticket: TicketDetail; orderPath: (orderNumber: string) => string }) {
  const { t } = useTranslation('support');
  const format = useFormat();
  const order = ticket.orderNumber ? (
    <Anchor component={Link} to={orderPath(ticket.orderNumber)} ff="monospace">
      {ticket.orderReference}
    </Anchor>
  ) : (
    ticket.orderReference
  );
  const rows: [string, ReactNode][] = [
    [t('fields.topic'), t(`topics.${ticket.topic}`)],
    [t('tickets.date'), format.dateTime(ticket.createdAt)],
    [t('fields.name'), `${ticket.firstName} ${ticket.lastName}`],
    [t('fields.email'), ticket.email],
    ...(order ? [[t('ticket.order'), order] as [string, ReactNode]] : []),
    ...(ticket.customerId ? [[t('fields.customerId'), ticket.customerId] as [string, ReactNode]] : []),
    ...topicRows(ticket, t, format),
  ];
  return (
    <Table>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w="45%">
              {label}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
