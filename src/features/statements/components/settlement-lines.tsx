import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { printedIban } from '@/contract/iban';
import type { StatementDetail } from '@/contract/statements';
import { useDataMode } from '@/lib/data-mode';
import { useFormat } from '@/lib/format';
import { settlementText } from '../lib/settlement-text';

type Settled = Pick<StatementDetail, 'startDate' | 'endDate' | 'net' | 'payoutDate' | 'payoutAccount' | 'settled'>;

/**
 * Under a statement's title: its days, then how the week is settled on its payout date. A positive
 * net is paid out to the merchant's account; a negative one is owed, and debited from that account
 * (as Stripe and Mollie collect a negative balance). A net of zero settles nothing: no date, no
 * account. A settlement whose date has not come is said to be still to come. Test data moves no money: it
 * announces neither.
 */
export function SettlementLines({ statement }: { statement: Settled }) {
  const { t } = useTranslation('statements');
  const format = useFormat();
  const live = useDataMode() === 'live';
  const owed = statement.net < 0;
  const nothing = statement.net === 0;
  const settlement = settlementText(t, statement, format.date(statement.payoutDate));
  const account = statement.payoutAccount;
  return (
    <>
      <Text>
        {t('weekDates', { from: format.date(statement.startDate), to: format.date(statement.endDate) })} ·{' '}
        {live ? settlement : t('detail.noPayoutInTest')}
      </Text>
      {live && !nothing && (
        <Text size="sm" c="dimmed">
          {account
            ? t(owed ? 'detail.debitAccount' : 'detail.payoutAccount', { holder: account.accountHolder, iban: printedIban(account.iban) })
            : t(owed ? 'detail.noDebitAccount' : 'detail.noPayoutAccount')}
        </Text>
      )}
    </>
  );
}
