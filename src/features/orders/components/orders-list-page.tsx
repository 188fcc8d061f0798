import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { TablePagination } from '@/components/table-pagination';
import { useExportOrders } from '../api/export-orders';
import { useOrders } from '../api/get-orders';
import { clearFilters, hasActiveFilters, pageSizes, type OrderListParams } from '../lib/list-params';
import { useListParams } from '../lib/use-list-params';
import { OrderFilters } from './order-filters';
import { OrdersTable } from './orders-table';

type Props = { canExport: boolean };

export function OrdersListPage({ canExport }: Props) {
  const { t } = useTranslation('orders');
  const { params, update, replaceAll } = useListParams();
  const orders = useOrders(params);
  const exportOrders = useExportOrders({
    onError: () => notifications.show({ color: 'red', title: t('export.failedTitle'), message: t('export.failed') }),
  });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('list.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('list.subtitle')}
          </Text>
        </div>
        {canExport && (
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            variant="default"
            loading={exportOrders.isPending}
            disabled={orders.data?.total === 0}
            onClick={() => exportOrders.mutate(params)}
          >
            {t('export.button')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md" radius="md">
        <OrderFilters params={params} onChange={(change) => update(change)} onClear={() => replaceAll(clearFilters(params))} />
      </Paper>
      <Paper withBorder radius="md" p="md" aria-busy={orders.isFetching}>
        <OrdersResult params={params} orders={orders} onUpdate={update} onClear={() => replaceAll(clearFilters(params))} />
      </Paper>
    </Stack>
  );
}

type ResultProps = {
  params: OrderListParams;
  orders: ReturnType<typeof useOrders>;
  onUpdate: (change: Partial<OrderListParams>) => void;
  onClear: () => void;
};

/** Loading, error, empty and filled states of the list, each designed rather than a blank area. */
function OrdersResult({ params, orders, onUpdate, onClear }: ResultProps) {
  const { t } = useTranslation('orders');
  if (orders.isPending) return <LoadingState label={t('list.loading')} />;
  if (orders.isError && !orders.data) return <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />;
  const page = orders.data;
  if (!page) return null;

  if (page.total === 0) {
    return (
      <EmptyState title={t('list.empty')}>
        {hasActiveFilters(params) ? (
          <Button variant="light" onClick={onClear}>
            {t('filters.clear')}
          </Button>
        ) : (
          <Text c="dimmed">{t('list.emptyWorld')}</Text>
        )}
      </EmptyState>
    );
  }

  return (
    <Stack gap="md">
      {orders.isError && <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />}
      <OrdersTable
        stale={orders.isPlaceholderData}
        orders={page.items}
        sort={params.sort}
        order={params.order}
        onSortChange={(sort, order) => onUpdate({ sort, order })}
      />
      {page.items.length === 0 && <Text ta="center">{t('list.pastLastPage')}</Text>}
      <TablePagination
        page={params.page}
        pageSize={params.pageSize}
        total={page.total}
        pageSizes={pageSizes}
        onPageChange={(next) => onUpdate({ page: next })}
        onPageSizeChange={(size) => onUpdate({ pageSize: size as OrderListParams['pageSize'] })}
      />
    </Stack>
  );
}
