import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { bulkRefusalReason } from '../lib/bulk-refusal';
import { BulkActionDialog, type BulkDialogProps } from './bulk-action-dialog';

/** Activates the selected orders and reports, order by order, what happened. */
export function BulkActivateDialog({ orders, opened, onClose }: BulkDialogProps) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const total = orders.reduce((sum, order) => sum + order.outstanding, 0);
  const currency = orders[0]?.currency ?? 'EUR';

  return (
    <BulkActionDialog
      action="activate"
      orders={orders}
      opened={opened}
      onClose={onClose}
      title={t('bulk.title', { count: orders.length })}
      preview={
        <>
          <Text>{t('bulk.explain', { count: orders.length, amount: format.money(total, currency) })}</Text>
          <List size="sm">
            {orders.map((order) => (
              <List.Item key={order.orderNumber}>
                {order.orderNumber} · {order.customer.companyName ?? order.customer.name} · {format.money(order.outstanding, order.currency)}
              </List.Item>
            ))}
          </List>
        </>
      }
      confirmLabel={t('bulk.confirm', { count: orders.length })}
      summary={(succeeded) => t('bulk.summary', { succeeded, count: orders.length })}
      result={(outcome) =>
        outcome.ok
          ? t('bulk.activated', { orderNumber: outcome.orderNumber })
          : t('bulk.refused', { orderNumber: outcome.orderNumber, reason: bulkRefusalReason(outcome, t) })
      }
    />
  );
}
