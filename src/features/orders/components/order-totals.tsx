import { Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/contract/orders';
import { useFormat } from '@/lib/format';
import { orderTotals } from '../lib/order-figures';

export function OrderTotals({ order }: { order: OrderDetail }) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const totals = orderTotals(order);
  const rows: [string, number, boolean?][] = [
    [t('totals.items'), totals.items],
    [t('totals.shippingFee'), totals.shippingFee],
    [t('totals.vat'), totals.vat],
    [t('totals.total'), totals.total, true],
    // Credited as the timeline, the credit notes, the list and the exports write it: the amount, not a deduction.
    [t('totals.credited'), totals.credited],
    [t('totals.outstanding'), totals.outstanding, true],
  ];
  // What the shopper's bank took back after payment: deducted on the statements, apart from the credits.
  const chargedBack = order.chargebacks.reduce((sum, chargeback) => sum + chargeback.amount, 0);
  if (order.chargebacks.length > 0) rows.push([t('totals.chargedBack'), chargedBack]);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm" id="order-totals">
        {t('totals.heading')}
      </Title>
      <Table aria-labelledby="order-totals" style={{ fontVariantNumeric: 'tabular-nums' }}>
        <Table.Tbody>
          {rows.map(([label, cents, strong]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={strong ? 700 : 400}>
                {label}
              </Table.Th>
              <Table.Td ta="right" fw={strong ? 700 : 400}>
                {format.money(cents, order.currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
