import { Alert, List, Text } from '@mantine/core';
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
  // What the single order's dialog warns of, said of the orders it holds for: activation is the
  // merchant's word that the goods went out, and invoices every line as it stands.
  const numbers = (some: typeof orders) => new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(some.map((order) => order.orderNumber));
  const notShipped = orders.filter((order) => order.shippingStatus !== 'shipped');
  const incomplete = orders.filter((order) => order.completeness === 'incomplete');

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
          {notShipped.length > 0 && (
            <Alert color="yellow" variant="light">
              {t('bulk.notShipped', { count: notShipped.length, orders: numbers(notShipped) })}
            </Alert>
          )}
          {incomplete.length > 0 && (
            <Alert color="yellow" variant="light">
              {t('bulk.incomplete', { count: incomplete.length, orders: numbers(incomplete) })}
            </Alert>
          )}
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
