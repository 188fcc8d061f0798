import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { expiryExtension, type OrderSummary } from '@/contract/orders';
import { useFormat } from '@/lib/format';
import { useExtendExpiry } from '../api/extend-expiry';
import { newIdempotencyKey } from '../api/order-actions';
import { actionErrorMessage, needsNewKey } from '../lib/action-errors';
import { ActionDialog } from './action-dialog';
import { useNewestOrder } from '../lib/use-newest-order';
import { useSeenVersion } from '../lib/use-seen-version';

type Props = { order: OrderSummary; opened: boolean; onClose: () => void };

/** Shows the expiry now and the one it moves to, then asks to confirm the order's one extension. */
export function ExtendExpiryDialog({ order, opened, onClose }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const [key, setKey] = useState(newIdempotencyKey);
  const current = useNewestOrder(order);
  const extend = useExtendExpiry({
    onSuccess: (extended) => {
      notifications.show({ color: 'green', message: t('extend.done', { orderNumber: extended.orderNumber, date: format.date(extended.expiresAt) }) });
      onClose();
    },
    onError: (error) => needsNewKey(error) && setKey(newIdempotencyKey()),
  });
  const seen = useSeenVersion(current, extend);

  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('extend.title', { orderNumber: order.orderNumber })}
      error={extend.error && actionErrorMessage(extend.error, t)}
      changedMeanwhile={seen.changed}
      action="extend"
      status={current.status}
      // The fresh order decides, after a refusal or a change from another tab.
      blocked={current.expiryExtended ? t('extend.extendedMeanwhile', { date: format.date(current.expiresAt) }) : null}
      succeeded={extend.isSuccess}
      confirmLabel={t('extend.confirm')}
      pending={extend.isPending}
      onSubmit={() => extend.mutate({ orderNumber: order.orderNumber, idempotencyKey: key, body: { version: seen.version } })}
    >
      <Text>{t('extend.current', { orderNumber: order.orderNumber, date: format.date(current.expiresAt) })}</Text>
      {current.maxExpiresAt && (
        <Text fw={600}>{t('extend.next', { days: expiryExtension.days, date: format.date(current.maxExpiresAt) })}</Text>
      )}
      <Text size="sm" c="dimmed">
        {t('extend.once')}
      </Text>
    </ActionDialog>
  );
}
