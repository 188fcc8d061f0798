import { Button, Group, List, Modal, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import type { OrderSummary } from '@/contract/orders';
import { useBulkOrderAction, type BulkAction, type BulkOutcome } from '../api/bulk-order-action';

export type BulkDialogProps = { orders: OrderSummary[]; opened: boolean; onClose: (done: boolean) => void };

type Props = BulkDialogProps & {
  action: BulkAction;
  title: string;
  /** What confirming does, and to which orders. */
  preview: ReactNode;
  confirmLabel: string;
  /** Nothing the dialog shows can be applied: confirming could only be refused. */
  confirmDisabled?: boolean;
  /** The sentence above the results. */
  summary: (succeeded: number) => string;
  /** What became of one order. */
  result: (outcome: BulkOutcome) => string;
};

/** Applies one action to the selected orders and reports, order by order, what happened. */
export function BulkActionDialog({ orders, opened, onClose, action, title, preview, confirmLabel, confirmDisabled, summary, result }: Props) {
  const { t } = useTranslation('orders');
  const [keys] = useState(() => Object.fromEntries(orders.map((order) => [order.orderNumber, crypto.randomUUID()])));
  const run = useBulkOrderAction(action);
  useReturnFocus(opened);
  const outcomes = run.data;
  // The confirm button that had the focus is gone with the results: the focus moves on to Close.
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (outcomes) closeButton.current?.focus();
  }, [outcomes]);

  return (
    <Modal opened={opened} onClose={() => onClose(Boolean(outcomes))} title={title} size="lg" returnFocus={false} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <Stack gap="md">
        {!outcomes ? (
          <>
            {preview}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => onClose(false)}>
                {t('actions.back')}
              </Button>
              <Button loading={run.isPending} disabled={confirmDisabled} onClick={() => run.mutate({ orders, keys })}>
                {confirmLabel}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text fw={600} role="status">
              {summary(outcomes.filter((outcome) => outcome.ok).length)}
            </Text>
            <List spacing="xs" aria-label={t('bulk.results')}>
              {outcomes.map((outcome) => (
                <List.Item
                  key={outcome.orderNumber}
                  icon={
                    <ThemeIcon color={outcome.ok ? 'green' : 'red'} size="sm" radius="xl">
                      {outcome.ok ? <IconCheck size={12} aria-hidden /> : <IconX size={12} aria-hidden />}
                    </ThemeIcon>
                  }
                >
                  {result(outcome)}
                </List.Item>
              ))}
            </List>
            <Group justify="flex-end">
              <Button ref={closeButton} onClick={() => onClose(true)}>
                {t('actions.close')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
