import { ActionIcon, Anchor, CopyButton, Group, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconMessageCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlainBadge } from '@/components/plain-badge';
import type { OrderDetail } from '@/contract/orders';
import { useFormat } from '@/lib/format';
import { shownDueDate } from '../lib/order-figures';
import { ExpiryIndicator } from './expiry-indicator';
import { OrderStatusBadge } from './order-status-badge';
import { PaymentStateBadge } from './payment-state-badge';

export function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      {/* A long e-mail address or reference wraps inside its column rather than running into the next. */}
      <Text component="div" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

type Props = { order: OrderDetail; actions?: ReactNode; contactSupportPath: string };

/** Who, when and where the order stands, with the actions the user may take. */
export function OrderHeader({ order, actions, contactSupportPath }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const dueDate = shownDueDate(order);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1}>{t('detail.title', { orderNumber: order.orderNumber })}</Title>
            <OrderStatusBadge status={order.status} reason={order.statusReason} reasonCode={order.statusReasonCode} />
          </Group>
          <Group gap={4}>
            <Text ff="monospace">{order.paymentReference}</Text>
            <Copy value={order.paymentReference} label={t('detail.copyReference')} />
          </Group>
          {/* What the shopper pays to: the provider's account with their own number, so the payment finds the order.
              A debit or a card pays without it; the account takes a transfer should that fail. Only while
              an invoice is open: nothing is owed before activation, nor once paid, cancelled or credited. */}
          {order.status === 'activated' && order.outstanding > 0 && (
            <Group gap={4}>
              <Text size="sm" c="dimmed">
                {t(`detail.payTo.${order.paymentMethod}`, { holder: order.payTo.accountHolder })}
              </Text>
              <Text ff="monospace" size="sm">
                {order.payTo.iban.replace(/(.{4})(?=.)/g, '$1 ')}
              </Text>
              <Copy value={order.payTo.iban} label={t('detail.copyIban')} />
              <Text size="sm" c="dimmed">
                {t('detail.bic', { bic: order.payTo.bic })}
              </Text>
            </Group>
          )}
        </Stack>
        <Group gap="sm">{actions}</Group>
      </Group>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          <Figure label={t('columns.orderDate')}>{format.date(order.orderDate)}</Figure>
          <Figure label={t('columns.total')}>{format.money(order.total, order.currency)}</Figure>
          <Figure label={t('columns.outstanding')}>{format.money(order.outstanding, order.currency)}</Figure>
          {order.status === 'created' && (
            <Figure label={t(order.expiryExtended ? 'detail.expiresOnExtended' : 'detail.expiresOn', { date: format.date(order.expiresAt) })}>
              <ExpiryIndicator daysToExpiry={order.daysToExpiry} />
            </Figure>
          )}
          {dueDate && <Figure label={t('detail.dueDate')}>{format.date(dueDate)}</Figure>}
          {/* The provider moved it on a request: reminders wait for it, while the invoice keeps its own day. */}
          {order.agreedDueDate && (
            <Figure label={t('detail.agreedDueDate')}>
              {format.date(order.agreedDueDate)}
              <Text size="xs" c="dimmed">
                {t('detail.agreedDueDateNote')}
              </Text>
            </Figure>
          )}
          {order.paymentState && (
            <Figure label={t('detail.paymentState')}>
              <Group gap={4}>
                <PaymentStateBadge state={order.paymentState} />
                {/* Paid, then disputed: the money went back, as the totals and the timeline say. */}
                {order.chargebacks.length > 0 && (
                  <PlainBadge color="red" variant="light" radius="sm">
                    {t('chargeback.badge')}
                  </PlainBadge>
                )}
              </Group>
            </Figure>
          )}
        </SimpleGrid>
      </Paper>
      <Anchor component={Link} to={contactSupportPath} size="sm">
        <Group gap={4} component="span">
          <IconMessageCircle size={16} aria-hidden />
          {t('detail.contactSupport')}
        </Group>
      </Anchor>
    </Stack>
  );
}

/** Copies `value`, and says so: on screen by its check mark, to a screen reader in a polite status. */
function Copy({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation('orders');
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <>
          <Tooltip label={copied ? t('detail.copied') : label} withArrow>
            <ActionIcon variant="subtle" onClick={copy} aria-label={label}>
              {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            </ActionIcon>
          </Tooltip>
          <span role="status" className="visually-hidden">
            {copied ? t('detail.copied') : ''}
          </span>
        </>
      )}
    </CopyButton>
  );
}
