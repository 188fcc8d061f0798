import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/query-states';
import { setDataMode } from '@/lib/data-mode';
import { useOrdersInOtherWorld } from '../api/get-orders';
import { hasActiveFilters, type OrderListParams } from '../lib/list-params';

type Props = { params: OrderListParams; onClear: () => void };

/**
 * No order matches. A search is also tried in the other data world: a live reference pasted while
 * looking at test data is then found there, and one press shows it, the search kept.
 */
export function OrdersEmpty({ params, onClear }: Props) {
  const { t } = useTranslation('orders');
  const { other, query } = useOrdersInOtherWorld(params, { enabled: params.q !== '' });
  const elsewhere = query.isPlaceholderData ? 0 : (query.data?.total ?? 0);
  const clear = (
    <Button variant="light" onClick={onClear}>
      {t('filters.clear')}
    </Button>
  );
  if (elsewhere > 0) {
    return (
      <EmptyState title={t(`list.elsewhere.${other}`, { count: elsewhere })}>
        <Group justify="center" gap="sm">
          <Button onClick={() => setDataMode(other)}>{t(`list.showElsewhere.${other}`, { count: elsewhere })}</Button>
          {clear}
        </Group>
      </EmptyState>
    );
  }
  return <EmptyState title={t('list.empty')}>{hasActiveFilters(params) ? clear : <Text c="dimmed">{t('list.emptyWorld')}</Text>}</EmptyState>;
}
