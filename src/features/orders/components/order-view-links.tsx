import { Badge, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/lib/format';
import { useOrderViews } from '../api/get-order-views';
import type { OrderListParams } from '../lib/list-params';
import { isCurrentView, viewSearch } from '../lib/order-views';
import { orderPaths } from '../paths';
import { SavedViewsMenu } from './saved-views-menu';

/**
 * The ready-made views the role is offered, each a link to the list with its filters and how many
 * orders it holds, and the user's own views beside them; the one the list shows now is marked. Without them (loading, or a failed
 * request) the list and its filters work as before.
 */
export function OrderViewLinks({ params }: { params: OrderListParams }) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const views = useOrderViews();
  return (
    <Group component="nav" aria-label={t('views.label')} gap="xs" mih={30}>
      {views.data?.views.map((view) => {
        const current = isCurrentView(view, params);
        return (
          <Button
            key={view.id}
            component={Link}
            to={orderPaths.list(viewSearch(view))}
            aria-current={current ? 'true' : undefined}
            variant={current ? 'filled' : 'light'}
            size="xs"
            radius="xl"
            rightSection={
              <Badge size="sm" circle={view.count < 10} variant={current ? 'white' : 'filled'}>
                {format.number(view.count)}
              </Badge>
            }
          >
            {t(`views.${view.id}`)}
          </Button>
        );
      })}
      <SavedViewsMenu params={params} />
    </Group>
  );
}
