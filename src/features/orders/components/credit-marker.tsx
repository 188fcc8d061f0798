import { Tooltip } from '@mantine/core';
import { IconCurrencyDollar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '@/contract/common';
import { useFormat } from '@/lib/format';
import classes from './order-markers.module.css';

type Props = { credited: number; currency: Currency };

/**
 * The money marker of an order credited in part (a partial cancel or a return) that is still to be
 * paid or already paid: how much was credited shows on hover and on keyboard focus, and is its name.
 */
export function CreditMarker({ credited, currency }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const label = t('list.partlyCredited', { amount: format.money(credited, currency) });
  return (
    <Tooltip label={label} events={{ hover: true, focus: true, touch: true }} withArrow>
      {/* Focusable to show the amount, so it is a control (axe: focus-order-semantics). */}
      <span className={classes.creditMarker} tabIndex={0} role="button" aria-label={label}>
        <IconCurrencyDollar size={12} aria-hidden />
      </span>
    </Tooltip>
  );
}
