import { zodResolver } from '@hookform/resolvers/zod';
import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/contract/orders';
import { isApiError } from '@/lib/api-error';
import { useFormat } from '@/lib/format';
import { cancelFormSchema, cancelReasons, useCancelOrder, type CancelForm } from '../api/cancel-order';
import { newIdempotencyKey } from '../api/order-actions';
import { useDraftedForm } from '../lib/action-drafts';
import { actionErrorMessage, needsNewKey, refusedFieldMessage } from '../lib/action-errors';
import { pickedReason } from '../lib/reason';
import { ActionDialog } from './action-dialog';
import { ReasonFields } from './reason-fields';
import { useSeenVersion } from '../lib/use-seen-version';

type Props = { order: OrderDetail; opened: boolean; onClose: () => void };

export function CancelDialog({ order, opened, onClose }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const [key, setKey] = useState(newIdempotencyKey);
  const { form, forget, restored, startOver } = useDraftedForm<CancelForm>(order, 'cancel', opened, {
    resolver: zodResolver(cancelFormSchema),
    defaultValues: { reasonText: '' },
    shouldFocusError: false,
  });
  const cancel = useCancelOrder({
    onSuccess: (changed) => {
      forget();
      notifications.show({ color: 'green', message: t(changed.status === 'credited' ? 'cancel.done.credited' : 'cancel.done.cancelled', { orderNumber: changed.orderNumber }) });
      onClose();
    },
    onError: (error) => {
      if (needsNewKey(error)) setKey(newIdempotencyKey());
      if (!isApiError(error, 'validation')) return;
      // A refused code is about the reason picked; a refused text, about the words typed.
      if (error.fieldErrors.reasonCode) form.setError('reasonChoice', { message: refusedFieldMessage('reasonCode') ?? undefined }, { shouldFocus: true });
      else if (error.fieldErrors.reason) form.setError('reasonText', { message: refusedFieldMessage('reason') ?? undefined }, { shouldFocus: true });
    },
  });
  const seen = useSeenVersion(order, cancel);
  const afterActivation = order.status === 'activated';

  const submit = form.handleSubmit((values) =>
    cancel.mutate({
      orderNumber: order.orderNumber,
      idempotencyKey: key,
      body: { version: seen.version, ...pickedReason(values.reasonChoice, values.reasonText) },
    }),
  );

  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t(afterActivation ? 'cancel.titleCredit' : 'cancel.title', { orderNumber: order.orderNumber })}
      error={cancel.error && actionErrorMessage(cancel.error, t)}
      changedMeanwhile={seen.changed}
      action="cancel"
      status={order.status}
      succeeded={cancel.isSuccess}
      confirmLabel={t(afterActivation ? 'cancel.confirmCredit' : 'cancel.confirm')}
      confirmColor="red"
      submitCount={form.formState.submitCount}
      pending={cancel.isPending}
      onSubmit={() => void submit()}
      onStartOver={restored ? startOver : undefined}
    >
      <Text>
        {afterActivation
          ? t('cancel.explainCredit', { amount: format.money(order.outstanding, order.currency) })
          : t('cancel.explain', { amount: format.money(order.total, order.currency) })}
      </Text>
      <ReasonFields control={form.control} reasons={cancelReasons} errors={form.formState.errors} autoFocus />
    </ActionDialog>
  );
}
