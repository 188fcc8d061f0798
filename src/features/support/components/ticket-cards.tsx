import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CardList, CardListItem } from '@/components/card-list';
import type { Ticket } from '@/contract/support';
import { useFormat } from '@/lib/format';
import { TicketNumberLink } from './ticket-number-link';
import { TicketStatusBadge } from './ticket-status-badge';

/**
 * The requests on a phone: one card per ticket, its number (with the unread dot) and state first,
 * then its topic, the order it is about and the day of its last message. Listed about one order,
 * the order is left out.
 */
export function TicketCards({ items, labelledBy, aboutOrder = false }: { items: readonly Ticket[]; labelledBy: string; aboutOrder?: boolean }) {
  const { t } = useTranslation('support');
  const format = useFormat();
  return (
    <CardList labelledBy={labelledBy}>
      {items.map((ticket) => (
        <CardListItem key={ticket.ticketNumber}>
          <Stack gap={4} fw={ticket.unread ? 700 : undefined}>
            {/* A long state ("En attente de votre réponse") goes under the number rather than off the screen. */}
            <Group justify="space-between" align="flex-start" gap="xs">
              <TicketNumberLink ticket={ticket} />
              <TicketStatusBadge status={ticket.status} />
            </Group>
            <Text size="sm" fw="inherit">
              {t(`topics.${ticket.topic}`)}
            </Text>
            {!aboutOrder && ticket.orderReference && (
              <Text size="sm" fw="inherit">
                {t('tickets.cardOrder', { reference: ticket.orderReference })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('tickets.cardLastMessage', { date: format.dateTime(ticket.lastMessageAt) })}
            </Text>
          </Stack>
        </CardListItem>
      ))}
    </CardList>
  );
}
