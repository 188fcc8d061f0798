import { Anchor, Breadcrumbs, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-states';
import { isApiError } from '@/lib/api-error';
import { useFormat } from '@/lib/format';
import { useOrder } from '../api/get-order';
import { ExpiryIndicator } from './expiry-indicator';
import { OrderStatusBadge } from './order-status-badge';

/** One order: its header and key figures. */
export function OrderPage({ orderNumber }: { orderNumber: string }) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const order = useOrder(orderNumber);

  const crumbs = (
    <Breadcrumbs>
      <Anchor component={Link} to="/orders">
        {t('list.title')}
      </Anchor>
      <Text>{orderNumber}</Text>
    </Breadcrumbs>
  );

  if (order.isPending) return <LoadingState label={t('detail.loading')} />;
  if (order.isError) {
    return (
      <Stack>
        {crumbs}
        {isApiError(order.error, 'not-found') ? (
          <Title order={1}>{t('detail.notFound', { orderNumber })}</Title>
        ) : (
          <ErrorState error={order.error} onRetry={() => void order.refetch()} />
        )}
      </Stack>
    );
  }

  const data = order.data;
  const figure = (label: string, value: React.ReactNode) => (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={500}>{value}</Text>
    </div>
  );

  return (
    <Stack gap="md">
      {crumbs}
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('detail.title', { orderNumber: data.orderNumber })}</Title>
          <Text ff="monospace">{data.paymentReference}</Text>
        </div>
        <Group gap="xs">
          <OrderStatusBadge status={data.status} reason={data.statusReason} />
          <ExpiryIndicator daysToExpiry={data.daysToExpiry} />
        </Group>
      </Group>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {figure(t('columns.orderDate'), format.date(data.orderDate))}
          {figure(t('columns.customer'), data.customer.companyName ?? data.customer.name)}
          {figure(t('columns.total'), format.money(data.total, data.currency))}
          {figure(t('columns.outstanding'), format.money(data.outstanding, data.currency))}
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}
