import { Button, Text } from '@mantine/core';
import { IconBan, IconCheck, IconReceiptRefund } from '@tabler/icons-react';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../api/get-order';
import { ActivateDialog } from './activate-dialog';
import { CancelDialog } from './cancel-dialog';
import { ReduceDialog } from './reduce-dialog';

type DialogProps = { order: OrderDetail; opened: boolean; onClose: () => void };
type Action = { id: string; label: string; icon: typeof IconCheck; color?: string; variant: string; Dialog: ComponentType<DialogProps> };

/** The actions the order's state allows, for a user whose role may change orders; otherwise why not. */
export function OrderActions({ order, canChange }: { order: OrderDetail; canChange: boolean }) {
  const { t } = useTranslation('orders');
  const [openId, setOpenId] = useState<string | null>(null);
  const [openings, setOpenings] = useState<Record<string, number>>({});

  if (!canChange) {
    return (
      <Text size="sm" c="dimmed">
        {t('actions.adminOnly')}
      </Text>
    );
  }

  const actions: Action[] = [];
  if (order.status === 'created') {
    actions.push({ id: 'activate', label: t('activate.button'), icon: IconCheck, variant: 'filled', Dialog: ActivateDialog });
    actions.push({ id: 'cancel', label: t('cancel.button'), icon: IconBan, color: 'red', variant: 'outline', Dialog: CancelDialog });
  }
  if (order.status === 'activated') {
    actions.push({ id: 'reduce', label: t('reduce.button'), icon: IconReceiptRefund, variant: 'outline', Dialog: ReduceDialog });
    actions.push({ id: 'cancel', label: t('cancel.buttonCredit'), icon: IconBan, color: 'red', variant: 'outline', Dialog: CancelDialog });
  }
  if (actions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t(`actions.none.${order.status}`)}
      </Text>
    );
  }

  return (
    <>
      {actions.map((action) => (
        <Button
          key={action.id}
          variant={action.variant}
          color={action.color}
          leftSection={<action.icon size={16} aria-hidden />}
          onClick={() => {
            setOpenings((counts) => ({ ...counts, [action.id]: (counts[action.id] ?? 0) + 1 }));
            setOpenId(action.id);
          }}
        >
          {action.label}
        </Button>
      ))}
      {actions.map(({ id, Dialog }) => (
        // A new opening is a new intent: fresh form and a fresh idempotency key.
        <Dialog key={`${id}-${openings[id] ?? 0}`} order={order} opened={openId === id} onClose={() => setOpenId(null)} />
      ))}
    </>
  );
}
