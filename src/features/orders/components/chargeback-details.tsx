import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Currency } from '@/contract/common';
import type { OrderChargeback } from '@/contract/order-chargebacks';
import { useFormat } from '@/lib/format';

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
  const { statementWeek: week } = chargeback;
  return (
    <>
      <Text size="sm">{format.date(chargeback.date)}</Text>
      <Text size="sm" fw={600}>
        {format.money(chargeback.amount, currency)}
      </Text>
      <Text size="sm" c="dimmed">
        {t('chargeback.explain')}
      </Text>
      {statementPath && (
        <Text size="sm">
          <Anchor component={Link} to={statementPath(week)} inherit>
            {chargeback.statementProvisional ? t('chargeback.statementInProgress', { week }) : t('chargeback.statement', { week })}
          </Anchor>
        </Text>
      )}
    </>
  );
}
