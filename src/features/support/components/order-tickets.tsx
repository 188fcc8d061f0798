import { Anchor, Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-states';
import type { OrderDetail } from '@/contract/orders';
import { useTickets } from '../api/get-tickets';
import { extensionRefusal, refusalMessages } from '../lib/extension-range';
import { supportPaths } from '../paths';
import { TicketList } from './tickets-table';

/**
 * The requests about one order, for its page: each with its number, topic and state, leading to its
 * conversation. An activated order offers to ask for a later due date, or says why it no longer can.
 */
export function OrderTickets({ order }: { order: Pick<OrderDetail, 'orderNumber' | 'status' | 'dueDate' | 'agreedDueDate' | 'dueDateExtension'> }) {
  const { t } = useTranslation('support');
  const refusal = extensionRefusal(order);
  const tickets = useTickets(order.orderNumber);
  // A request the provider has not answered yet (nothing came after its first message) is written
  // on, not asked again.
  const pending = tickets.data?.items.find((ticket) => ticket.topic === 'payment-term-extension' && ticket.status === 'open' && ticket.lastMessageAt === ticket.createdAt);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="order-tickets-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="order-tickets-title">
          {t('orderTickets.title')}
        </Title>
        {refusal === null && pending ? (
          <Text size="sm" maw={360}>
            {t('orderTickets.extensionPending')}{' '}
            <Anchor component={Link} to={supportPaths.ticket(pending.ticketNumber)}>
              {pending.ticketNumber}
            </Anchor>
          </Text>
        ) : refusal === null ? (
          <Button
            component={Link}
            to={supportPaths.page({ order: order.orderNumber, topic: 'payment-term-extension' })}
            variant="light"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
          >
            {t('orderTickets.askLaterDueDate')}
          </Button>
        ) : refusal === 'too-late' || refusal === 'at-limit' ? (
          <Text size="sm" c="dimmed" maw={360}>
            {t(refusalMessages[refusal])}
          </Text>
        ) : null}
      </Group>
      {tickets.isPending ? (
        <LoadingState label={t('orderTickets.loading')} />
      ) : tickets.isError ? (
        <ErrorState error={tickets.error} onRetry={() => void tickets.refetch()} />
      ) : tickets.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('orderTickets.empty')}
        </Text>
      ) : (
        <TicketList items={tickets.data.items} labelledBy="order-tickets-title" aboutOrder />
      )}
    </Paper>
  );
}
