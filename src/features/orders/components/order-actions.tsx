import { Button, Text } from '@mantine/core';
import { IconBan, IconCalendarPlus, IconCheck, IconReceiptRefund } from '@tabler/icons-react';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { expiryExtension, type OrderDetail } from '@/contract/orders';
import { useFormat } from '@/lib/format';
import { useDraftedAction } from '../lib/action-drafts';
import { whyNotExtendable } from '../lib/expiry-extension';
import { isActionOpen, orderActionIds, type ActionId } from '@/contract/order-action-statuses';
import { ActivateDialog } from './activate-dialog';
import { CancelDialog } from './cancel-dialog';
import { ExtendExpiryDialog } from './extend-expiry-dialog';
import { ReduceDialog } from './reduce-dialog';

type DialogProps = { order: OrderDetail; opened: boolean; onClose: () => void };

const dialogs: Record<ActionId, ComponentType<DialogProps>> = {
  activate: ActivateDialog,
  extend: ExtendExpiryDialog,
  cancel: CancelDialog,
  reduce: ReduceDialog,
};

/** The actions the order's state allows, for a user whose role may change orders; otherwise why not. */
/** With `initialAction`, its dialog opens at once (a command asked for it); it says why not if the order does not allow it. */
export function OrderActions({ order, canChange, initialAction }: { order: OrderDetail; canChange: boolean; initialAction?: ActionId }) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  // A dialog left open with what was typed in it (the session ended, the page was reloaded) opens again.
  const draftedAction = useDraftedAction(order);
  const drafted = orderActionIds.find((id) => id === draftedAction);
  const [opened, setOpened] = useState<{ id: ActionId; opening: number; version: number } | null>(() => {
    const first = initialAction ?? drafted;
    return first ? { id: first, opening: 1, version: order.version } : null;
  });
  const [visible, setVisible] = useState(opened !== null);

  if (!canChange) {
    return (
      <Text size="sm" c="dimmed">
        {t('actions.adminOnly')}
      </Text>
    );
  }

  const buttons: { id: ActionId; label: string; icon: typeof IconCheck; color?: string; variant: string }[] = [];
  // Why a created order's expiry cannot be extended (yet, or any more).
  let noExtension: string | null = null;
  const isOpen = (action: ActionId) => isActionOpen(action, order.status);
  if (isOpen('activate')) buttons.push({ id: 'activate', label: t('activate.button'), icon: IconCheck, variant: 'filled' });
  if (isOpen('extend')) {
    noExtension = whyNotExtendable(order, t, format.date);
    if (noExtension === null) buttons.push({ id: 'extend', label: t('extend.button', { days: expiryExtension.days }), icon: IconCalendarPlus, variant: 'outline' });
  }
  if (isOpen('reduce')) buttons.push({ id: 'reduce', label: t('reduce.button'), icon: IconReceiptRefund, variant: 'outline' });
  if (isOpen('cancel')) {
    // After activation, cancelling credits all that is still owed.
    const label = order.status === 'activated' ? t('cancel.buttonCredit') : t('cancel.button');
    buttons.push({ id: 'cancel', label, icon: IconBan, color: 'red', variant: 'outline' });
  }

  // The dialog stays, with what the user entered, even when the fresh order no longer offers its
  // action: it then says why instead of vanishing.
  const Dialog = opened ? dialogs[opened.id] : null;

  return (
    <>
      {buttons.length === 0 && (
        <Text size="sm" c="dimmed">
          {t(`actions.none.${order.status}`)}
        </Text>
      )}
      {buttons.map((button) => (
        <Button
          key={button.id}
          variant={button.variant}
          color={button.color}
          leftSection={<button.icon size={16} aria-hidden />}
          onClick={() => {
            // The same action on the unchanged order, its dialog dismissed (Esc, a click beside it),
            // opens again with what was entered. Another action, or the order changed since (the
            // action done), is a new intent: a fresh form and a fresh idempotency key.
            setOpened((last) =>
              last?.id === button.id && last.version === order.version ? last : { id: button.id, opening: (last?.opening ?? 0) + 1, version: order.version },
            );
            setVisible(true);
          }}
        >
          {button.label}
        </Button>
      ))}
      {noExtension && (
        <Text size="sm" c="dimmed" maw={260}>
          {noExtension}
        </Text>
      )}
      {opened && Dialog && (
        <Dialog key={`${opened.id}-${opened.opening}`} order={order} opened={visible} onClose={() => setVisible(false)} />
      )}
    </>
  );
}
