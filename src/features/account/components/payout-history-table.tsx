import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PayoutAccount } from '@/contract/account';
import { printedIban } from '@/contract/iban';
import { CardList, CardListItem } from '@/components/card-list';
import { TableScroll } from '@/components/table-scroll';
import { useFormat } from '@/lib/format';
import { usePhone } from '@/lib/use-phone';

type Props = { history: readonly PayoutAccount[] };

/** Every version of the payout account, newest first: each change stays on record. On a phone, as cards. */
export function PayoutHistoryTable({ history }: Props) {
  const { t } = useTranslation('account');
  const format = useFormat();
  const phone = usePhone();
  if (phone) {
    // The IBAN alone is wider than half a phone: a table put the change and its author past the edge.
    return (
      <CardList label={t('payout.history.title')}>
        {history.map((version) => (
          <CardListItem key={version.changedAt}>
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('payout.history.fromDate', { date: format.date(version.effectiveFrom) })}
              </Text>
              <Text size="sm">{version.accountHolder}</Text>
              <Text size="sm" ff="monospace">
                {printedIban(version.iban)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('payout.history.changedOn', { date: format.dateTime(version.changedAt), name: version.changedBy })}
              </Text>
            </Stack>
          </CardListItem>
        ))}
      </CardList>
    );
  }
  return (
    <TableScroll label={t('payout.history.title')} minWidth={640}>
      <Table striped>
        <caption className="visually-hidden">{t('payout.history.title')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('payout.history.from')}</Table.Th>
            <Table.Th>{t('payout.fields.accountHolder')}</Table.Th>
            <Table.Th>{t('payout.fields.iban')}</Table.Th>
            <Table.Th>{t('payout.history.changed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((version) => (
            <Table.Tr key={version.changedAt}>
              <Table.Td>{format.date(version.effectiveFrom)}</Table.Td>
              <Table.Td>{version.accountHolder}</Table.Td>
              <Table.Td ff="monospace">{printedIban(version.iban)}</Table.Td>
              <Table.Td>{t('payout.history.changedBy', { date: format.dateTime(version.changedAt), name: version.changedBy })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
