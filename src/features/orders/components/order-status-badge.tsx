import { Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCurrencyDollar, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PlainBadge } from '@/components/plain-badge';
import type { OrderStatus, ReasonCode } from '@/contract/orders';
import { ReasonText } from './reason-text';

const colors: Record<OrderStatus, string> = {
  created: 'gray',
  activated: 'blue',
  paid: 'green',
  cancelled: 'red',
  credited: 'orange',
};

type Props = { status: OrderStatus; reason: string | null; reasonCode: ReasonCode | null };

/**
 * Cancelled orders carry a cross, credited ones a money marker; their reason shows on hover and on
 * keyboard focus, and is read out by screen readers with the status.
 */
export function OrderStatusBadge({ status, reason, reasonCode }: Props) {
  const { t } = useTranslation('orders');
  const icon =
    status === 'cancelled' ? <IconX size={12} aria-hidden /> : status === 'credited' ? <IconCurrencyDollar size={12} aria-hidden /> : null;
  const reasonText = reasonCode || reason ? <ReasonText code={reasonCode} text={reason} /> : null;
  const badge = (
    // Focusable to show its reason, so it is a control (axe: focus-order-semantics), named by its text.
    <PlainBadge color={colors[status]} variant="light" leftSection={icon} tabIndex={reasonText ? 0 : undefined} role={reasonText ? 'button' : undefined}>
      {t(`status.${status}`)}
      {reasonText && <VisuallyHidden>: {reasonText}</VisuallyHidden>}
    </PlainBadge>
  );
  if (!reasonText) return badge;
  return (
    <Tooltip
      label={
        <>
          {t('reasonLabel')} {reasonText}
        </>
      }
      events={{ hover: true, focus: true, touch: true }}
      withArrow
    >
      {badge}
    </Tooltip>
  );
}
