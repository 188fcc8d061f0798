import { Anchor, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/lib/format';
import { useTickets } from '../api/get-tickets';
import { supportPaths } from '../paths';
import { TicketStatusBadge } from './ticket-status-badge';

/** A request about an order as an entry of that order's timeline: when it was sent, by whom, its topic and state. */
export type TicketTimelineEntry = { id: string; at: string; title: ReactNode; details: ReactNode };

export function useOrderTicketEntries(orderNumber: string): TicketTimelineEntry[] {
  const { t } = useTranslation('support');
  const format = useFormat();
  const tickets = useTickets(orderNumber);
  return (tickets.data?.items ?? []).map((ticket) => ({
    id: `ticket-${ticket.ticketNumber}`,
    at: ticket.createdAt,
    title: (
      <Anchor component={Link} to={supportPaths.ticket(ticket.ticketNumber)} fw={700}>
        {t('orderTickets.timelineTitle', { ticketNumber: ticket.ticketNumber })}
      </Anchor>
    ),
    details: (
      <>
        <Text size="sm">
          {format.dateTime(ticket.createdAt)} · {ticket.firstName} {ticket.lastName}
        </Text>
        <Group gap="xs">
          <Text size="sm">{t(`topics.${ticket.topic}`)}</Text>
          <TicketStatusBadge status={ticket.status} />
        </Group>
      </>
    ),
  }));
}
