import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketMessage } from '@/contract/support';
import { TypedParagraph } from '@/components/typed-text';
import { useFormat } from '@/lib/format';

/** The conversation, oldest first: the merchant's messages on one side, the provider's on the other. */
export function TicketThread({ messages }: { messages: readonly TicketMessage[] }) {
  return (
    <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
      {messages.map((message) => (
        <li key={message.id}>
          <MessageCard message={message} />
        </li>
      ))}
    </Stack>
  );
}

function MessageCard({ message }: { message: TicketMessage }) {
  const { t } = useTranslation('support');
  const format = useFormat();
  const fromMerchant = message.author === 'merchant';
  const headingId = `message-${message.id}`;
  return (
    <Paper
      component="article"
      aria-labelledby={headingId}
      withBorder
      p="sm"
      radius="md"
      // The merchant's own messages lean right, the provider's left, as in any conversation.
      ml={fromMerchant ? { base: 0, sm: 'xl' } : 0}
      mr={fromMerchant ? 0 : { base: 0, sm: 'xl' }}
      // Tints of the current scheme: a fixed pale blue or grey would carry the dark page's light text.
      bg={fromMerchant ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-default-hover)'}
    >
      <Group justify="space-between" gap="xs" mb={4}>
        <Group gap="xs" id={headingId}>
          <Text fw={600} size="sm">
            {message.authorName}
          </Text>
          <Badge size="sm" variant="outline" color={fromMerchant ? 'blue' : 'gray'}>
            {fromMerchant ? t('ticket.fromMerchant') : t('ticket.fromProvider')}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" component="time" dateTime={message.at}>
          {format.dateTime(message.at)}
        </Text>
      </Group>
      <TypedParagraph text={message.body} />
    </Paper>
  );
}
