import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconSearchOff } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageBreadcrumbs } from '@/components/page-breadcrumbs';
import { ErrorState, LoadingState } from '@/components/query-states';
import type { TicketStatus } from '@/contract/support';
import { isApiError } from '@/lib/api-error';
import { useTicket } from '../api/get-ticket';
import { useMarkTicketRead } from '../api/mark-ticket-read';
import { supportPaths } from '../paths';
import { ReplyForm } from './reply-form';
import { TicketDetails } from './ticket-details';
import { TicketStatusBadge } from './ticket-status-badge';
import { TicketThread } from './ticket-thread';

type Props = {
  ticketNumber: string;
  userEmail: string;
  /** Where an order's page is: another feature's, so the route says where. */
  orderPath: (orderNumber: string) => string;
};

const hintColors: Record<TicketStatus, string> = { open: 'blue', answered: 'green', 'waiting-for-you': 'orange', closed: 'gray' };

/** One request as a conversation: what was sent, the provider's replies, and a box to write back. */
export function TicketPage({ ticketNumber, userEmail, orderPath }: Props) {
  const { t } = useTranslation('support');
  const ticket = useTicket(ticketNumber);
  const { mutate: markRead } = useMarkTicketRead();
  const unread = ticket.data?.unread ?? false;
  const lastMessageAt = ticket.data?.lastMessageAt;

  // Shown is read: for everyone of the merchant, as the lists and the navigation count it.
  useEffect(() => {
    if (unread) markRead(ticketNumber);
  }, [unread, lastMessageAt, ticketNumber, markRead]);

  const crumbs = <PageBreadcrumbs parent={{ to: supportPaths.page(), label: t('page.title') }} current={ticketNumber} />;

  if (ticket.isPending) return <LoadingState label={t('ticket.loading')} />;
  if (ticket.isError) {
    return (
      <Stack>
        {crumbs}
        {isApiError(ticket.error, 'not-found') ? (
          <Stack align="center" gap="sm" py="xl" ta="center">
            <IconSearchOff size={40} aria-hidden />
            <Title order={1} size="h2">
              {t('ticket.notFoundTitle', { ticketNumber })}
            </Title>
            <Text maw={520}>{t('ticket.notFoundBody')}</Text>
            <Button component={Link} to={supportPaths.page()} leftSection={<IconArrowLeft size={16} aria-hidden />}>
              {t('ticket.backToSupport')}
            </Button>
          </Stack>
        ) : (
          <ErrorState error={ticket.error} onRetry={() => void ticket.refetch()} />
        )}
      </Stack>
    );
  }

  const { status, messages } = ticket.data;
  // Open with the provider's message last: it wrote that it is on it, and has the last word.
  const hint = status === 'open' && messages.at(-1)?.author === 'provider' ? 'openProviderLast' : status;
  return (
    <Stack gap="md">
      {crumbs}
      <Group gap="sm">
        <Title order={1}>{t('ticket.title', { ticketNumber })}</Title>
        <TicketStatusBadge status={status} />
      </Group>
      {/* Where the conversation stands: a note, not an alert, read in the page's order. */}
      <Alert color={hintColors[status]} variant="light" role="note">
        <Group justify="space-between" gap="sm">
          <Text size="sm">{t(`ticket.hints.${hint}`)}</Text>
          {status === 'closed' && (
            <Button component={Link} to={supportPaths.page()} variant="white" size="xs">
              {t('ticket.writeNew')}
            </Button>
          )}
        </Group>
      </Alert>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="conversation-title">
              <Title order={2} size="h3" mb="md" id="conversation-title">
                {t('ticket.conversation')}
              </Title>
              <TicketThread messages={messages} />
            </Paper>
            {status !== 'closed' && (
              <Paper withBorder p="md" radius="md" component="section" aria-labelledby="reply-title">
                <Title order={2} size="h3" mb="md" id="reply-title">
                  {t('reply.title')}
                </Title>
                <ReplyForm key={ticketNumber} ticketNumber={ticketNumber} userEmail={userEmail} />
              </Paper>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="details-title">
            <Title order={2} size="h3" mb="sm" id="details-title">
              {t('ticket.details')}
            </Title>
            <TicketDetails ticket={ticket.data} orderPath={orderPath} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
