import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Currency } from '@/contract/common';
import type { OrderChargeback } from '@/contract/order-chargebacks';
import { useFormat } from '@/lib/format';
import { StatementLink } from './statement-link';

type Props = {
  chargeback: OrderChargeback;
  currency: Currency;
  /** The page of a week's statement, for the roles that may read statements; none for the others. */
  statementPath?: (week: string) => string;
};

/** A chargeback on the order's timeline: when, how much went back and why, and the statement that deducts it. */
export function ChargebackDetails({ chargeback, currency, statementPath }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  return (
    <>
      <Text size="sm">{format.date(chargeback.date)}</Text>
      <Text size="sm" fw={600}>
        {format.money(chargeback.amount, currency)}
      </Text>
      <Text size="sm" c="dimmed">
        {t('chargeback.explain')}
      </Text>
      {statementPath && <StatementLink week={chargeback.statementWeek} issued={chargeback.statementIssued} statementPath={statementPath} />}
    </>
  );
}
