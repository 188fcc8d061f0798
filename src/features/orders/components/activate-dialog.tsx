import { Alert, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/contract/orders';
import { addCalendarDays, utcToday } from '@/lib/calendar-days';
import { useFormat } from '@/lib/format';
import { useActivateOrder } from '../api/activate-order';
import { useOrderViews } from '../api/get-order-views';
import { newIdempotencyKey } from '../api/order-actions';
import { actionErrorMessage, needsNewKey } from '../lib/action-errors';
import { ActionDialog } from './action-dialog';
import type { FocusAfterActivation } from './row-activate-button';
import { useNewestOrder } from '../lib/use-newest-order';
import { useSeenVersion } from '../lib/use-seen-version';

type Props = {
  order: OrderSummary;
  opened: boolean;
  onClose: () => void;
  /** Where the focus goes once the order is activated, when the button that opened the dialog goes with its state. */
  focusAfterActivation?: FocusAfterActivation;
};

export function ActivateDialog({ order, opened, onClose, focusAfterActivation }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const [key, setKey] = useState(newIdempotencyKey);
  // From the list, the row may be older than the order: after a refusal the fresh order decides.
  const current = useNewestOrder(order);
  // The day the backend activates on (a demo or a test may set its clock): the views' answer says
  // which; the device's day only if that answer fails.
  const views = useOrderViews();
  const today = views.data?.today ?? (views.isError ? utcToday() : null);
  const activated = useRef(false);
  // Read once the dialog has closed, from the list as the activation left it; until the order is
  // activated, the focus goes back to the button that opened the dialog.
  const returnFocusTo = useMemo<RefObject<HTMLElement | null>>(
    () => ({
      get current() {
        return activated.current ? (focusAfterActivation?.() ?? null) : null;
      },
    }),
    [focusAfterActivation],
  );
  const activate = useActivateOrder({
    onSuccess: (activatedOrder) => {
      activated.current = true;
      notifications.show({ color: 'green', message: t('activate.done', { orderNumber: activatedOrder.orderNumber }) });
      onClose();
    },
    onError: (error) => needsNewKey(error) && setKey(newIdempotencyKey()),
  });
  const seen = useSeenVersion(current, activate);

  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      returnFocusTo={returnFocusTo}
      title={t('activate.title', { orderNumber: order.orderNumber })}
      error={activate.error && actionErrorMessage(activate.error, t)}
      changedMeanwhile={seen.changed}
      action="activate"
      status={current.status}
      succeeded={activate.isSuccess}
      confirmLabel={t('activate.confirm')}
      pending={activate.isPending}
      onSubmit={() => activate.mutate({ orderNumber: order.orderNumber, idempotencyKey: key, body: { version: seen.version } })}
    >
      <Text>
        {t('activate.explain', {
          amount: format.money(current.outstanding, current.currency),
          customer: current.customer.companyName ?? current.customer.name,
        })}
      </Text>
      {/* Activation is the merchant's word that the goods went out: say so when the order says otherwise. */}
      {current.shippingStatus !== 'shipped' && (
        <Alert color="yellow" variant="light">
          {t('activate.notShipped')}
        </Alert>
      )}
      {current.completeness === 'incomplete' && (
        <Alert color="yellow" variant="light">
          {t('activate.incomplete')}
        </Alert>
      )}
      {today && (
        <Text fw={600}>
          {t('activate.dueDate', {
            days: current.paymentTermDays,
            // The activation day plus the payment term, the due date the order will carry.
            date: format.date(addCalendarDays(today, current.paymentTermDays)),
          })}
        </Text>
      )}
    </ActionDialog>
  );
}
