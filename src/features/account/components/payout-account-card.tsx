import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PayoutAccount } from '@/contract/account';
import { printedIban } from '@/contract/iban';

/** One version of the payout account, under a badge that says when it is paid to. */
export function PayoutAccountCard({ account, badge, color, note }: { account: PayoutAccount; badge: string; color: string; note: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{account.accountHolder}</Text>
          <Badge variant="light" color={color}>
            {badge}
          </Badge>
        </Group>
        <Text ff="monospace">{printedIban(account.iban)}</Text>
        <Text size="sm" c="dimmed">
          {note}
        </Text>
      </Stack>
    </Card>
  );
}
