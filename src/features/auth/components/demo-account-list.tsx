import { Button, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList, CardListItem } from '@/components/card-list';
import { usePhone } from '@/lib/use-phone';
import { demoAccounts, demoPassword } from '../lib/demo-accounts';

type Props = { onPick: (email: string, password: string) => void };

/** Shown in the demo build only, so that a newcomer can try every role. */
export function DemoAccountList({ onPick }: Props) {
  const { t } = useTranslation('auth');
  const phone = usePhone();
  const titleId = useId();
  const pickButton = (email: string) => (
    // Never narrower than its word, beside an address that wraps.
    <Button size="compact-sm" variant="light" onClick={() => onPick(email, demoPassword)} aria-label={t('demo.use', { email })} style={{ flexShrink: 0 }}>
      {t('demo.fill')}
    </Button>
  );
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4" id={titleId}>
          {t('demo.title')}
        </Title>
        <Text size="sm">
          {t('demo.password')} <Code>{demoPassword}</Code>
        </Text>
        {/* On a phone each account is a card, its button in sight, rather than a table to scroll sideways. */}
        {phone ? (
          <CardList labelledBy={titleId}>
            {demoAccounts.map((account) => (
              <CardListItem key={account.email}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {account.email}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t(`roles.${account.role}`)} · {account.merchant}
                    </Text>
                  </div>
                  {pickButton(account.email)}
                </Group>
              </CardListItem>
            ))}
          </CardList>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('demo.email')}</Table.Th>
                  <Table.Th>{t('demo.role')}</Table.Th>
                  <Table.Th>{t('demo.merchant')}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('demo.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {demoAccounts.map((account) => (
                  <Table.Tr key={account.email}>
                    <Table.Td>{account.email}</Table.Td>
                    <Table.Td>{t(`roles.${account.role}`)}</Table.Td>
                    <Table.Td>{account.merchant}</Table.Td>
                    <Table.Td>{pickButton(account.email)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
