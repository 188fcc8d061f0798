import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/contract/orders';
import { useFormat } from '@/lib/format';

type Props = {
  order: OrderDetail;
  method: 'amount' | 'lines';
  /** What the entered values credit; null while they are not valid, so no credit is promised. */
  credit: number | null;
  everythingBack: boolean;
  /** What is wrong with the amount being typed, said instead of the bounds until the field says it. */
  amountProblem?: string;
};

/** The new outstanding amount before confirming, or what is still needed to know it. */
export function ReducePreview({ order, method, credit, everythingBack, amountProblem }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const money = (cents: number) => format.money(cents, order.currency);
  return (
    <Stack gap={4} aria-live="polite">
      {credit === null ? (
        <Text fw={600} c="dimmed">
          {method === 'lines'
            ? t('reduce.previewNeedsLines')
            : (amountProblem ?? t('reduce.previewNeedsAmount', { outstanding: money(order.outstanding) }))}
        </Text>
      ) : (
        <Text fw={600}>{t('reduce.preview', { credit: money(credit), outstanding: money(order.outstanding - credit) })}</Text>
      )}
      {credit !== null && everythingBack && (
        <Alert color="blue" p="xs">
          {order.shippingFee > 0 ? t('reduce.everythingBack', { shipping: money(order.shippingFee) }) : t('reduce.everythingBackFreeShipping')}
        </Alert>
      )}
      {/* An amount, or items worth all that is still owed while some remain. */}
      {credit !== null && credit === order.outstanding && !everythingBack && (
        <Alert color="blue" p="xs">
          {t('reduce.everythingOwed')}
        </Alert>
      )}
    </Stack>
  );
}
