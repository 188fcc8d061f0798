import { Alert, Anchor, Badge, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { useFormat } from '@/lib/format';
import { useOutbox } from '../api/get-outbox';

type Props = { back: { to: string; label: 'back' | 'backToSignIn' } };

/** The demo's stand-in for e-mail: every message it would have sent, readable signed out. */
export function OutboxPage({ back }: Props) {
  const { t } = useTranslation('team');
  const format = useFormat();
  const outbox = useOutbox();

  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={1}>{t('outbox.title')}</Title>
            <Text c="dimmed" size="sm">
              {t('outbox.subtitle')}
            </Text>
          </div>
          <Group gap="sm">
            <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} loading={outbox.isFetching} onClick={() => void outbox.refetch()}>
              {t('outbox.refresh')}
            </Button>
            <Anchor component={Link} to={back.to}>
              {t(`outbox.${back.label}`)}
            </Anchor>
          </Group>
        </Group>
        <Alert color="yellow">
          <Text size="sm">{t('outbox.explain')}</Text>
        </Alert>
        {outbox.isPending ? (
          <LoadingState label={t('outbox.loading')} />
        ) : outbox.isError ? (
          <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />
        ) : outbox.data.items.length === 0 ? (
          <EmptyState title={t('outbox.empty')}>
            <Text size="sm">{t('outbox.emptyHint')}</Text>
          </EmptyState>
        ) : (
          <Stack gap="md" component="ol" aria-label={t('outbox.list')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {outbox.data.items.map((message) => (
              <Paper key={message.id} component="li" withBorder p="md" radius="md" aria-labelledby={`${message.id}-subject`}>
                <Stack gap="xs">
                  <Group justify="space-between" align="flex-start">
                    <Title order={2} size="h4" id={`${message.id}-subject`}>
                      {message.subject}
                    </Title>
                    <Badge variant="light">{t(`outbox.kinds.${message.kind}`)}</Badge>
                  </Group>
                  <Text size="sm">
                    <Text span fw={600}>
                      {t('outbox.to')}
                    </Text>{' '}
                    {message.to} ·{' '}
                    <Text span fw={600}>
                      {t('outbox.sent')}
                    </Text>{' '}
                    {/* Its zone named: the message's own times are the recipient merchant's. */}
                    {format.dateTimeWithZone(message.sentAt)}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {message.body}
                  </Text>
                  <Anchor component={Link} to={message.link} style={{ wordBreak: 'break-all' }}>
                    {t('outbox.open', { link: new URL(message.link, window.location.origin).href })}
                  </Anchor>
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Container>
  );
}
