import { Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCurrencyDollar, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PlainBadge } from '@/components/plain-badge';
import type { OrderStatus, ReasonCode } from '@/contract/orders';
import classes from './order-markers.module.css';
import { ReasonText } from '@/components/reason-text';

const colors: Record<OrderStatus, string> = {
  created: 'gray',
  activated: 'blue',
  paid: 'green',
  cancelled: 'red',
  credited: 'orange',
};

type Props = { status: OrderStatus; reason: string | null; reasonCode: ReasonCode | null };

/**
 * Cancelled orders carry a cross, credited ones a money marker, and their reason beside it, wherever
 * orders are listed. A list cuts a long reason short: the whole of it shows on hover and on keyboard
 * focus, and screen readers read it with the status.
 */
export function OrderStatusBadge({ status, reason, reasonCode }: Props) {
  const { t } = useTranslation('orders');
  const icon =
    status === 'cancelled' ? <IconX size={12} aria-hidden /> : status === 'credited' ? <IconCurrencyDollar size={12} aria-hidden /> : null;
  const reasonText = reasonCode || reason ? <ReasonText code={reasonCode} text={reason} /> : null;
  const badge = (
    <PlainBadge color={colors[status]} variant="light" leftSection={icon}>
      {t(`status.${status}`)}
      {reasonText && <VisuallyHidden>: </VisuallyHidden>}
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
      {/* Focusable to show the whole reason, so it is a control (axe: focus-order-semantics), named by its text. */}
      <div className={classes.withReason} tabIndex={0} role="button">
        {badge}
        <span className={classes.reason}>{reasonText}</span>
      </div>
    </Tooltip>
  );
}
