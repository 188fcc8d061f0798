import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { expiryExtension } from '@/contract/orders';
import { useFormat } from '@/lib/format';
import { extensionRefusalReason } from '../lib/bulk-refusal';
import { extensionBlock, whyNotExtendable } from '../lib/expiry-extension';
import { BulkActionDialog, type BulkDialogProps } from './bulk-action-dialog';

/** Extends the expiry of the selected orders and reports, order by order, what happened. */
export function BulkExtendDialog({ orders, opened, onClose }: BulkDialogProps) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const count = orders.length;
  const extendable = orders.filter((order) => extensionBlock(order) === null).length;

  return (
    <BulkActionDialog
      action="extendExpiry"
      orders={orders}
      opened={opened}
      onClose={onClose}
      title={t('bulkExtend.title', { count })}
      preview={
        <>
          <Text>{t('bulkExtend.explain', { days: expiryExtension.days, window: expiryExtension.windowDays })}</Text>
          <List size="sm">
            {orders.map((order) => {
              const texts = { orderNumber: order.orderNumber, customer: order.customer.companyName ?? order.customer.name, date: format.date(order.expiresAt) };
              const why = whyNotExtendable(order, t, format.date);
              return (
                <List.Item key={order.orderNumber}>
                  {why === null && order.maxExpiresAt
                    ? t('bulkExtend.item', { ...texts, next: format.date(order.maxExpiresAt) })
                    : t('bulkExtend.itemBlocked', { ...texts, why })}
                </List.Item>
              );
            })}
          </List>
          {extendable === 0 && <Text fw={600}>{t('bulkExtend.none')}</Text>}
        </>
      }
      // The others are sent too, and their refusal reported with the results.
      confirmLabel={t('bulkExtend.confirm', { count: extendable || count })}
      confirmDisabled={extendable === 0}
      summary={(succeeded) => t('bulkExtend.summary', { succeeded, count })}
      result={(outcome) =>
        outcome.ok
          ? t('bulkExtend.extended', { orderNumber: outcome.orderNumber, date: format.date(outcome.order.expiresAt) })
          : t('bulk.refused', { orderNumber: outcome.orderNumber, reason: extensionRefusalReason(outcome, t, format.date) })
      }
    />
  );
}
