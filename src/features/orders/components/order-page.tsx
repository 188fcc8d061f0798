import { Grid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageBreadcrumbs } from '@/components/page-breadcrumbs';
import { ErrorState, LoadingState } from '@/components/query-states';
import type { OrderDetail } from '@/contract/orders';
import { isApiError } from '@/lib/api-error';
import { useOrder } from '../api/get-order';
import { lastListSearch } from '../lib/list-address';
import { orderPaths } from '../paths';
import type { ActionId } from '@/contract/order-action-statuses';
import { OrderActions } from './order-actions';
import { OrderCustomer } from './order-customer';
import { OrderDocuments } from './order-documents';
import { OrderHeader } from './order-header';
import { OrderLinesTable } from './order-lines-table';
import { OrderNotFound } from './order-not-found';
import { OrderTimeline, type TimelineEntry } from './order-timeline';
import { OrderTotals } from './order-totals';

type Props = {
  orderNumber: string;
  canChange: boolean;
  /** Where to write to support about this order: another feature's page, so the route says where. */
  contactSupportPath: string;
  /** What support knows of this order (its requests), from another feature: the route says what. */
  supportRequests?: (order: OrderDetail) => ReactNode;
  /** The page of a week's statement, another feature's: given only to roles that may read statements. */
  statementPath?: (week: string) => string;
  /** The page of a support request, another feature's: given only to roles that write to support. */
  ticketPath?: (ticketNumber: string) => string;
  /** Entries of other features about this order, shown among its events. */
  timelineEntries?: readonly TimelineEntry[];
  /** An action whose dialog opens with the page, as a command asked. */
  initialAction?: ActionId;
};

/** One order in full: header, customer, lines, totals and timeline, and the requests about it. */
export function OrderPage({ orderNumber, canChange, contactSupportPath, supportRequests, statementPath, ticketPath, timelineEntries, initialAction }: Props) {
  const { t } = useTranslation('orders');
  const order = useOrder(orderNumber);

  const crumbs = <PageBreadcrumbs parent={{ to: orderPaths.list(lastListSearch()), label: t('list.title') }} current={orderNumber} />;

  if (order.isPending) return <LoadingState label={t('detail.loading')} />;
  if (order.isError) {
    return (
      <Stack>
        {crumbs}
        {isApiError(order.error, 'not-found') ? (
          <OrderNotFound orderNumber={orderNumber} />
        ) : (
          <ErrorState error={order.error} onRetry={() => void order.refetch()} />
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {crumbs}
      <OrderHeader
        order={order.data}
        actions={<OrderActions order={order.data} canChange={canChange} initialAction={initialAction} />}
        contactSupportPath={contactSupportPath}
      />
      <OrderCustomer order={order.data} />
      <OrderLinesTable order={order.data} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <OrderTotals order={order.data} />
            <OrderDocuments order={order.data} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <OrderTimeline order={order.data} entries={timelineEntries} statementPath={statementPath} ticketPath={ticketPath} />
        </Grid.Col>
      </Grid>
      {supportRequests?.(order.data)}
    </Stack>
  );
}
