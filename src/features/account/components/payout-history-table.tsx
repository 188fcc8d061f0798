import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PayoutAccount } from '@/contract/account';
import { printedIban } from '@/contract/iban';
import { useFormat } from '@/lib/format';

/** Every version of the payout account, newest first: each change stays on record. */
export function PayoutHistoryTable({ history }: { history: readonly PayoutAccount[] }) {
  const { t } = useTranslation('account');
  const format = useFormat();
  return (
    // Scrolls sideways on a narrow screen: a region the keyboard can reach and scroll.
    <Table.ScrollContainer minWidth={640} type="native" tabIndex={0} role="region" aria-label={t('payout.history.title')}>
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
    </Table.ScrollContainer>
  );
}
