import { Button, Code, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { demoAccounts, demoPassword } from '../lib/demo-accounts';

type Props = { onPick: (email: string, password: string) => void };

/** Shown in the demo build only, so that a newcomer can try every role. */
export function DemoAccountList({ onPick }: Props) {
  const { t } = useTranslation('auth');
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('demo.title')}
        </Title>
        <Text size="sm">
          {t('demo.password')} <Code>{demoPassword}</Code>
        </Text>
        {/* On a phone the table scrolls inside its card rather than widening the page. */}
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
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => onPick(account.email, demoPassword)}
                      aria-label={t('demo.use', { email: account.email })}
                    >
                      {t('demo.fill')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
