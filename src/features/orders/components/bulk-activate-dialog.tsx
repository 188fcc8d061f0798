import { Button, Group, List, Modal, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import type { OrderSummary } from '@/contract/orders';
import { useFormat } from '@/lib/format';
import { useActivateOrders } from '../api/activate-orders';
import { bulkRefusalReason } from '../lib/bulk-refusal';

type Props = { orders: OrderSummary[]; opened: boolean; onClose: (done: boolean) => void };

/** Activates the selected orders and reports, order by order, what happened. */
export function BulkActivateDialog({ orders, opened, onClose }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const [keys] = useState(() => Object.fromEntries(orders.map((order) => [order.orderNumber, crypto.randomUUID()])));
  const activate = useActivateOrders();
  useReturnFocus(opened);
  const outcomes = activate.data;
  // The confirm button that had the focus is gone with the results: the focus moves on to Close.
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (outcomes) closeButton.current?.focus();
  }, [outcomes]);
  const succeeded = outcomes?.filter((outcome) => outcome.ok).length ?? 0;
  const total = orders.reduce((sum, order) => sum + order.outstanding, 0);
  const currency = orders[0]?.currency ?? 'EUR';

  return (
    <Modal opened={opened} onClose={() => onClose(Boolean(outcomes))} title={t('bulk.title', { count: orders.length })} size="lg" returnFocus={false} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <Stack gap="md">
        {!outcomes ? (
          <>
            <Text>{t('bulk.explain', { count: orders.length, amount: format.money(total, currency) })}</Text>
            <List size="sm">
              {orders.map((order) => (
                <List.Item key={order.orderNumber}>
                  {order.orderNumber} · {order.customer.companyName ?? order.customer.name} · {format.money(order.outstanding, order.currency)}
                </List.Item>
              ))}
            </List>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => onClose(false)}>
                {t('actions.back')}
              </Button>
              <Button loading={activate.isPending} onClick={() => activate.mutate({ orders, keys })}>
                {t('bulk.confirm', { count: orders.length })}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text fw={600} role="status">
              {t('bulk.summary', { succeeded, count: orders.length })}
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
                  {outcome.ok
                    ? t('bulk.activated', { orderNumber: outcome.orderNumber })
                    : t('bulk.refused', { orderNumber: outcome.orderNumber, reason: bulkRefusalReason(outcome, t) })}
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
