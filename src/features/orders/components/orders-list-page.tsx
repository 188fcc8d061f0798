import { Button, Group, Paper, Stack } from '@mantine/core';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { TablePagination } from '@/components/table-pagination';
import { isActionOpen } from '@/contract/order-action-statuses';
import type { OrderSummary, SortKey, SortOrder } from '@/contract/orders';
import { useCurrentUserKey } from '@/lib/current-user';
import { useHeldFor } from '@/lib/use-held-for';
import { useLaidOut } from '@/lib/use-laid-out';
import { usePhone } from '@/lib/use-phone';
import { useOrders, usePrefetchOrders } from '../api/get-orders';
import { selectionColumnId } from '../lib/column-layout';
import { columnsEmptyUnder } from '../lib/empty-columns';
import { clearFilters, filterErrors, isAskable, pageSizes, type FilterErrors, type OrderListParams } from '../lib/list-params';
import { refusedFilters } from '../lib/refused-filters';
import { useColumnLayout } from '../lib/use-column-layout';
import { useDensity } from '../lib/use-density';
import { useListParams, type ChangeOptions } from '../lib/use-list-params';
import { usePageSelection } from '../lib/use-page-selection';
import { useUnreadableDates } from '../lib/use-unreadable-dates';
import { BulkBar } from './bulk-bar';
import { CardsSort } from './cards-sort';
import { ColumnsControl } from './columns-control';
import { DensityControl } from './density-control';
import { ExportControl } from './export-control';
import { OrderCards } from './order-cards';
import { columnName, useOrderColumns } from './order-columns';
import { OrderFilters } from './order-filters';
import { OrderViewLinks } from './order-view-links';
import { ResultsAnnouncer } from './results-announcer';
import { OrdersEmpty } from './orders-empty';
import { RowActionsContext, type FocusAfterActivation } from './row-activate-button';
import { OrdersTable } from './orders-table';
import { UnreadLinkNotice } from './unread-link-notice';
import tableClasses from './orders-table.module.css';

// The dialogs, and the form library they use, load when one is first opened, not with the list.
const ActivateDialog = lazy(() => import('./activate-dialog').then(({ ActivateDialog }) => ({ default: ActivateDialog })));
const BulkActivateDialog = lazy(() => import('./bulk-activate-dialog').then(({ BulkActivateDialog }) => ({ default: BulkActivateDialog })));
const BulkExtendDialog = lazy(() => import('./bulk-extend-dialog').then(({ BulkExtendDialog }) => ({ default: BulkExtendDialog })));

type Props = { canExport: boolean; canChange: boolean };

/** Most answers come sooner: dimming the rows for them cost each filter click some 15-30 ms of paint. */
const staleRowsAfterMs = 250;

export function OrdersListPage({ canExport, canChange }: Props) {
  const { t } = useTranslation('orders');
  const prefetch = usePrefetchOrders();
  const { params, update, replaceAll, viewWith } = useListParams({
    // The URL waits for the next list a moment: the new filters and their rows show together.
    onChange: useCallback((next: OrderListParams) => (isAskable(next) ? prefetch(next) : undefined), [prefetch]),
  });
  // The list of a choice the pointer rests on is asked for before the click, which then shows it at once.
  const hint = useCallback(
    (change: Partial<OrderListParams>) => {
      const next = viewWith(change);
      if (isAskable(next)) void prefetch(next);
    },
    [viewWith, prefetch],
  );
  const dates = useUnreadableDates();
  const clear = () => {
    dates.reset();
    replaceAll(clearFilters(params));
  };
  const list: ListState = { params, datesUnreadable: dates.anyUnreadable };

  // Each part below asks for the list itself (one request, one cache entry) and reads only what it
  // shows: an answer renders the rows and the count again, not the filter bar or the page header.
  return (
    <Stack gap="sm">
      <PageHeader title={t('list.title')} subtitle={t(canExport ? 'list.subtitle' : 'list.subtitleNoExport')} actions={canExport && <ListExport {...list} />} />
      <UnreadLinkNotice />
      <OrderViewLinks params={params} />
      <ListAnnouncer {...list} />
      <Paper withBorder p="sm" radius="md">
        <ListFilters {...list} onChange={update} onHint={hint} onClear={clear} onUnreadableDate={dates.report} dateFieldsKey={dates.fieldsKey} />
      </Paper>
      <ListResult {...list} canChange={canChange} onUpdate={update} onClear={clear} />
    </Stack>
  );
}

/** What each part of the list reads its answer from: the URL's filters, and whether a date field holds text that is no date. */
type ListState = { params: OrderListParams; datesUnreadable: boolean };

/**
 * The list's answer to these filters, and the filters to correct: those checked here first (a date
 * field's text that is no date marks itself), or those the API refused.
 */
function useListAnswer({ params, datesUnreadable }: ListState) {
  const askable = isAskable(params) && !datesUnreadable;
  const orders = useOrders(params, { enabled: askable });
  const errors = askable ? refusedFilters(orders.error) : filterErrors(params);
  return { orders, askable, errors };
}

function ListExport(state: ListState) {
  const { orders, errors } = useListAnswer(state);
  return <ExportControl params={state.params} disabled={errors !== null || orders.data?.total === 0} />;
}

/** Said once the list has answered: "12 orders match". */
function ListAnnouncer(state: ListState) {
  const { orders, askable } = useListAnswer(state);
  return <ResultsAnnouncer total={askable && !orders.isPlaceholderData ? orders.data?.total : undefined} />;
}

/** The filters, with those the API refused shown on the filters themselves, like those checked first. */
type ListFiltersProps = ListState & Pick<ComponentProps<typeof OrderFilters>, 'onChange' | 'onHint' | 'onClear' | 'onUnreadableDate' | 'dateFieldsKey'>;

function ListFilters({ params, datesUnreadable, ...props }: ListFiltersProps) {
  const { errors } = useListAnswer({ params, datesUnreadable });
  return <OrderFilters params={params} errors={errors ?? {}} {...props} />;
}

type ListResultProps = ListState & Pick<ResultProps, 'canChange' | 'onUpdate' | 'onClear'>;

function ListResult({ datesUnreadable, ...props }: ListResultProps) {
  const { orders, errors } = useListAnswer({ params: props.params, datesUnreadable });
  // The list says it is busy until its first answer is laid out.
  const shownPage = useLaidOut(orders.data);
  return (
    <Paper withBorder radius="md" p="sm" aria-busy={orders.isFetching || shownPage !== orders.data}>
      <OrdersResult {...props} orders={orders} page={shownPage} filterErrors={errors} />
    </Paper>
  );
}

/** What a dialog acts on, which opening of it this is (a fresh form each time), and whether it shows. */
type Opening<Subject> = { subject: Subject; opening: number; opened: boolean };

type ResultProps = {
  params: OrderListParams;
  orders: ReturnType<typeof useOrders>;
  /** The answer on screen: the query's, once React has laid it out. */
  page: ReturnType<typeof useOrders>['data'];
  /** Filters that cannot be asked for: the list waits for them to be corrected. */
  filterErrors: FilterErrors | null;
  canChange: boolean;
  /** The same function at every render (useListParams' `update`). */
  onUpdate: (change: Partial<OrderListParams>, options?: ChangeOptions) => void;
  onClear: () => void;
};

/** Loading, error, empty and filled states of the list, each designed rather than a blank area. */
function OrdersResult({ params, orders, page, filterErrors, canChange, onUpdate, onClear }: ResultProps) {
  const { t } = useTranslation('orders');
  const phone = usePhone();
  const [density, setDensity] = useDensity();
  const columns = useOrderColumns(canChange);
  const [layout, setLayout] = useColumnLayout(useCurrentUserKey());
  const columnChoices = useMemo(
    () => columns.flatMap((column) => (column.id && column.id !== selectionColumnId ? [{ id: column.id, name: columnName(column, t) }] : [])),
    [columns, t],
  );
  // Kept as the same array while the filters leave the same columns empty: the table is memoised.
  const emptyKey = columnsEmptyUnder(params).join();
  const leftOut = useMemo(() => (emptyKey ? emptyKey.split(',') : []), [emptyKey]);
  const { selection, setSelection, selected } = usePageSelection(params, orders.data?.items);
  // The previous rows, kept while the next ones load, are dimmed only if the answer is slow to come.
  const stale = useHeldFor(orders.isPlaceholderData, staleRowsAfterMs);
  const [activating, setActivating] = useState<Opening<{ order: OrderSummary; focusAfter: FocusAfterActivation }> | null>(null);
  const [bulk, setBulk] = useState<Opening<{ action: 'activate' | 'extend'; orders: OrderSummary[] }> | null>(null);
  const openBulk = (action: 'activate' | 'extend') => setBulk({ subject: { action, orders: selected }, opening: (bulk?.opening ?? 0) + 1, opened: true });
  const rowActions = useMemo(
    () => ({
      onActivate: (order: OrderSummary, focusAfter: FocusAfterActivation) =>
        setActivating((last) => ({ subject: { order, focusAfter }, opening: (last?.opening ?? 0) + 1, opened: true })),
    }),
    [],
  );
  // `onUpdate` is always the same function, and so are these: the memoised table and paging do not render again for new ones.
  const changeSort = useCallback((sort: SortKey, order: SortOrder) => onUpdate({ sort, order }), [onUpdate]);
  const changePage = useCallback((next: number) => onUpdate({ page: next }), [onUpdate]);
  const changePageSize = useCallback((size: number) => onUpdate({ pageSize: size as OrderListParams['pageSize'] }), [onUpdate]);
  // Only the answer to this URL tells its last page, not the previous one kept on screen.
  const answered = orders.isPlaceholderData ? undefined : orders.data;
  const lastPage = answered ? Math.max(1, Math.ceil(answered.total / answered.pageSize)) : 1;
  const pastLastPage = !filterErrors && answered !== undefined && params.page > lastPage;
  // An old link past the last page shows the last one, and the URL says so.
  useEffect(() => {
    if (pastLastPage) onUpdate({ page: lastPage }, { replace: true });
  }, [pastLastPage, lastPage, onUpdate]);

  if (filterErrors) {
    return (
      <EmptyState title={t('list.invalidFilters')}>
        <Button variant="light" onClick={onClear}>
          {t('filters.clear')}
        </Button>
      </EmptyState>
    );
  }
  if (orders.isPending || pastLastPage) return <LoadingState label={t('list.loading')} />;
  if (orders.isError && !orders.data) return <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />;
  // The answer is still being laid out.
  if (!page) return <LoadingState label={t('list.loading')} />;
  const BulkDialog = bulk?.subject.action === 'extend' ? BulkExtendDialog : BulkActivateDialog;

  if (page.total === 0) return <OrdersEmpty params={params} onClear={onClear} />;
  // An admin selects created orders to act on several at once.
  const selectable = canChange && page.items.some((order) => isActionOpen('activate', order.status));

  return (
    <Stack gap="sm">
      {orders.isError && <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />}
      {phone ? (
        <>
          {selectable && <BulkBar count={selected.length} onOpen={openBulk} sticky />}
          <CardsSort sort={params.sort} order={params.order} columns={columnChoices} onChange={changeSort} />
          <RowActionsContext.Provider value={rowActions}>
            <div className={tableClasses.rows} data-stale={stale || undefined}>
              <OrderCards orders={page.items} canChange={canChange} selection={selection} onSelectionChange={setSelection} />
            </div>
          </RowActionsContext.Provider>
        </>
      ) : (
        <>
          <Group justify="space-between" mih={30} gap="sm">
            {selectable ? <BulkBar count={selected.length} onOpen={openBulk} /> : <span />}
            <Group gap="xs">
              <ColumnsControl columns={columnChoices} layout={layout} onChange={setLayout} leftOut={leftOut} />
              <DensityControl value={density} onChange={setDensity} />
            </Group>
          </Group>
          <RowActionsContext.Provider value={rowActions}>
            <div className={tableClasses.rows} data-stale={stale || undefined}>
              <OrdersTable
                columns={columns}
                layout={layout}
                onLayoutChange={setLayout}
                leftOut={leftOut}
                canChange={canChange}
                selection={selection}
                onSelectionChange={setSelection}
                orders={page.items}
                sort={params.sort}
                order={params.order}
                onSortChange={changeSort}
                density={density}
              />
            </div>
          </RowActionsContext.Provider>
        </>
      )}
      <TablePagination
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
        pageSizes={pageSizes}
        onPageChange={changePage}
        onPageSizeChange={changePageSize}
      />
      <Suspense fallback={null}>
        {activating && (
          <ActivateDialog
            key={activating.opening}
            order={activating.subject.order}
            focusAfterActivation={activating.subject.focusAfter}
            opened={activating.opened}
            onClose={() => setActivating((last) => last && { ...last, opened: false })}
          />
        )}
        {bulk && (
          <BulkDialog
            key={bulk.opening}
            orders={bulk.subject.orders}
            opened={bulk.opened}
            onClose={(done) => {
              if (done) setSelection({});
              setBulk((last) => last && { ...last, opened: false });
            }}
          />
        )}
      </Suspense>
    </Stack>
  );
}
