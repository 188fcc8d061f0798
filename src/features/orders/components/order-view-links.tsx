import { Badge, Button, Group } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderView } from '@/contract/order-list';
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
  const views = useOrderViews();
  return (
    <Group component="nav" aria-label={t('views.label')} gap="xs" mih={30}>
      {views.data?.views.map((view) => <ViewLink key={view.id} view={view} current={isCurrentView(view, params)} pageSize={params.pageSize} />)}
      <SavedViewsMenu params={params} />
    </Group>
  );
}

type ViewLinkProps = { view: OrderView; current: boolean; pageSize: OrderListParams['pageSize'] };

/** One view's link. Memoised: a filter change renders again only the views it makes or stops being current. */
const ViewLink = memo(function ViewLink({ view, current, pageSize }: ViewLinkProps) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  return (
    <Button
      component={Link}
      to={orderPaths.list(viewSearch(view, pageSize))}
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
});
