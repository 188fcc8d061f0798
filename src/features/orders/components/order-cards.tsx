import { Anchor, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import type { RowSelectionState } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderSummary } from '@/contract/orders';
import { isActionOpen } from '@/contract/order-action-statuses';
import { useFormat } from '@/lib/format';
import { isPartlyCredited } from '../lib/order-figures';
import { orderPaths } from '../paths';
import { CreditMarker } from './credit-marker';
import { ExpiryIndicator } from './expiry-indicator';
import { OrderStatusBadge } from './order-status-badge';
import { PaymentStateBadge } from './payment-state-badge';
import { RowActivateButton } from './row-activate-button';
import classes from './orders-table.module.css';

type Props = {
  orders: OrderSummary[];
  /** Admins get a checkbox on each created order, and its activation. */
  canChange: boolean;
  selection: RowSelectionState;
  onSelectionChange: (selection: RowSelectionState) => void;
};

/** The list on a phone: one card per order with what it is read for; the number opens it. */
export function OrderCards({ orders, canChange, selection, onSelectionChange }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  return (
    <Stack component="ul" gap="xs" aria-label={t('list.caption')} className={classes.cards}>
      {orders.map((order) => (
        <Paper component="li" key={order.orderNumber} withBorder radius="md" p="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            {canChange && isActionOpen('activate', order.status) && (
              <Checkbox
                mt={2}
                aria-label={t('bulk.selectOrder', { orderNumber: order.orderNumber })}
                checked={Boolean(selection[order.orderNumber])}
                onChange={(event) => {
                  const { [order.orderNumber]: _was, ...others } = selection;
                  onSelectionChange(event.currentTarget.checked ? { ...others, [order.orderNumber]: true } : others);
                }}
              />
            )}
            <Stack gap={2} miw={0} flex={1}>
              <Anchor component={Link} to={orderPaths.detail(order.orderNumber)} fw={600}>
                {order.orderNumber}
              </Anchor>
              {/* A business is known by its company; the person who ordered for it comes second. */}
              <Text size="sm" truncate>
                {order.customer.companyName ?? order.customer.name}
              </Text>
              {order.customer.companyName && (
                <Text size="xs" c="dimmed" truncate>
                  {order.customer.name}
                </Text>
              )}
            </Stack>
            <Text fw={600} size="sm" className={classes.nowrap}>
              {format.money(order.total, order.currency)}
            </Text>
          </Group>
          <Group gap="xs" mt="xs" justify="space-between">
            <Group gap="xs">
              <OrderStatusBadge status={order.status} reason={order.statusReason} reasonCode={order.statusReasonCode} />
              {isPartlyCredited(order) && <CreditMarker credited={order.credited} currency={order.currency} />}
              <ExpiryIndicator daysToExpiry={order.daysToExpiry} />
              {order.paymentState && <PaymentStateBadge state={order.paymentState} />}
            </Group>
            {canChange && isActionOpen('activate', order.status) && <RowActivateButton order={order} size="sm" />}
          </Group>
          {/* What finance chases an order for, as the table's columns give it. */}
          {order.status === 'activated' && order.dueDate && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('list.cardDue', { date: format.date(order.dueDate) })}
              {order.agreedDueDate && ` ${t('list.dueMovedTo', { date: format.date(order.agreedDueDate) })}`}
              {order.outstanding !== order.total && ` · ${t('list.cardOutstanding', { amount: format.money(order.outstanding, order.currency) })}`}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
