import { Anchor, Checkbox, Text } from '@mantine/core';
import {
  columnOrderingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PlainBadge } from '@/components/plain-badge';
import { PlainCheckbox } from '@/components/plain-checkbox';
import { isActionOpen } from '@/contract/order-action-statuses';
import type { OrderSummary, SortKey } from '@/contract/orders';
import { useFormat } from '@/lib/format';
import { selectionColumnId } from '../lib/column-layout';
import { isPartlyCredited, shownDueDate } from '../lib/order-figures';
import { orderPaths } from '../paths';
import { CreditMarker } from './credit-marker';
import { ExpiryIndicator } from './expiry-indicator';
import { OrderStatusBadge } from './order-status-badge';
import { PaymentStateBadge } from './payment-state-badge';
import classes from './orders-table.module.css';
import { RowActivateButton } from './row-activate-button';

export const orderTableFeatures = tableFeatures({ rowSortingFeature, rowSelectionFeature, columnVisibilityFeature, columnOrderingFeature, columnSizingFeature });
const column = createColumnHelper<typeof orderTableFeatures, OrderSummary>();

type Format = ReturnType<typeof useFormat>;

const orderLinkClasses = `mantine-focus-auto ${Text.classes.root} ${Anchor.classes.root} ${classes.orderLink}`;

/** Selecting orders to activate them together: only created orders can be picked. */
function selectionColumn(t: TFunction<'orders'>) {
  return column.display({
    id: selectionColumnId,
    enableSorting: false,
    header: ({ table }) => (
      <Checkbox
        aria-label={t('bulk.selectPage')}
        checked={table.getIsAllPageRowsSelected()}
        // The table's "some" includes "all": mixed is for a page only partly selected.
        indeterminate={table.getIsSomePageRowsSelected() && !table.getIsAllPageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) =>
      row.getCanSelect() ? (
        <PlainCheckbox
          aria-label={t('bulk.selectOrder', { orderNumber: row.original.orderNumber })}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ) : null,
  });
}

export const actionColumnId = 'actions';

function actionColumn(t: TFunction<'orders'>) {
  return column.display({
    id: actionColumnId,
    enableSorting: false,
    header: () => <span className="visually-hidden">{t('list.actions')}</span>,
    cell: ({ row }) => (isActionOpen('activate', row.original.status) ? <RowActivateButton order={row.original} /> : null),
  });
}

/**
 * The list's columns; every data column's id is also a sort key the API understands. For those who
 * act on orders, the row action sits right after the key columns, so that it is in sight at 1440 px
 * in every language, with the days left that call for it next, then where the payment of an
 * activated order stands. Those who only read them (finance, support) have the payment first.
 */
export function orderColumns(t: TFunction<'orders'>, format: Format, canChange: boolean) {
  const key = keyColumns(t, format);
  const [expiry, payment, details] = [expiryColumns(t), paymentColumns(t, format), detailColumns(t)];
  return canChange
    ? [selectionColumn(t), ...key, actionColumn(t), ...expiry, ...payment, ...details]
    : [...key, ...payment, ...expiry, ...details];
}

export type OrderColumn = ReturnType<typeof orderColumns>[number];

/** The list's columns, built again only when the language or the role changes. */
export function useOrderColumns(canChange: boolean) {
  const { t, i18n } = useTranslation('orders');
  const format = useFormat();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the columns change with the language and the role only
  return useMemo(() => orderColumns(t, format, canChange), [i18n.language, canChange]);
}

/** A column's name, as its header reads or, for the headers that are controls, as they are named. */
export function columnName(column: OrderColumn, t: TFunction<'orders'>): string {
  if (typeof column.header === 'string') return column.header;
  return column.id === selectionColumnId ? t('columns.select') : t('list.actions');
}

/**
 * What a row is mostly read for, first, so that these and the row's action show without scrolling
 * on a laptop (at 1440 px the table has some 1,160 px; the whole of it is some 1,800 px wide). The
 * payment reference, which the search finds and the order's page copies, waits among the details.
 */
function keyColumns(t: TFunction<'orders'>, format: Format) {
  return column.columns([
    column.accessor('orderNumber', {
      id: 'orderNumber' satisfies SortKey,
      header: t('columns.orderNumber'),
      cell: (info) => (
        // Anchor's own classes on a plain link: one per row, and Anchor resolves its styles each render.
        // Not the router's link either, which renders again at each new address: the row opens it.
        <a href={orderPaths.detail(info.getValue())} className={orderLinkClasses} data-underline="hover" data-order-link>
          {info.getValue()}
        </a>
      ),
    }),
    column.accessor('orderDate', {
      id: 'orderDate' satisfies SortKey,
      header: t('columns.orderDate'),
      sortDescFirst: true,
      cell: (info) => <span className={classes.nowrap}>{format.date(info.getValue())}</span>,
    }),
    column.accessor((order) => order.customer.companyName ?? order.customer.name, {
      id: 'customerName' satisfies SortKey,
      header: t('columns.customer'),
      cell: ({ row }) => {
        const { customer } = row.original;
        // A business is known by its company first; the person who ordered for it comes second.
        return (
          <div className={classes.customer}>
            <span>{customer.companyName ?? customer.name}</span>
            <span className={classes.customerKind}>
              <PlainBadge size="xs" variant="outline" color={customer.type === 'business' ? 'indigo' : 'gray'}>
                {t(`customerType.${customer.type}`)}
              </PlainBadge>
              {customer.companyName && <span className={classes.contact}>{customer.name}</span>}
            </span>
          </div>
        );
      },
    }),
    column.accessor('total', {
      id: 'total' satisfies SortKey,
      header: t('columns.total'),
      sortDescFirst: true,
      cell: ({ row }) => format.money(row.original.total, row.original.currency),
    }),
    column.accessor('status', {
      id: 'status' satisfies SortKey,
      header: t('columns.status'),
      cell: ({ row }) => <OrderStatusBadge status={row.original.status} reason={row.original.statusReason} reasonCode={row.original.statusReasonCode} />,
    }),
  ]);
}

/** How long a created order has left to be activated (the row's action, just before it). */
function expiryColumns(t: TFunction<'orders'>) {
  return column.columns([
    column.accessor('daysToExpiry', {
      id: 'daysToExpiry' satisfies SortKey,
      header: t('columns.expiry'),
      // The most urgent first: fewest days left.
      sortDescFirst: false,
      cell: (info) => <ExpiryIndicator daysToExpiry={info.getValue()} />,
    }),
  ]);
}

/**
 * Where an activated order's payment stands: what is left to pay, and how far it went (an order in
 * reminder 2 reads so, not just "activated").
 */
function paymentColumns(t: TFunction<'orders'>, format: Format) {
  return column.columns([
    column.accessor('outstanding', {
      id: 'outstanding' satisfies SortKey,
      header: t('columns.outstanding'),
      sortDescFirst: true,
      cell: ({ row }) => {
        const order = row.original;
        return (
          <>
            {isPartlyCredited(order) && <CreditMarker credited={order.credited} currency={order.currency} />}
            {format.money(order.outstanding, order.currency)}
          </>
        );
      },
    }),
    column.accessor('paymentState', {
      id: 'paymentState' satisfies SortKey,
      header: t('columns.paymentState'),
      cell: (info) => {
        const state = info.getValue();
        return state && <PaymentStateBadge state={state} />;
      },
    }),
    column.accessor('dueDate', {
      id: 'dueDate' satisfies SortKey,
      header: t('columns.dueDate'),
      // The longest overdue first.
      sortDescFirst: false,
      cell: ({ row }) => {
        const [due, agreed] = [shownDueDate(row.original), row.original.agreedDueDate];
        if (!due) return null;
        return (
          <>
            <span className={classes.nowrap}>{format.date(due)}</span>
            {/* The provider moved it on a request: what the payment state counts from. A space keeps
                the two dates apart when read aloud or copied. */}
            {agreed && (
              <>
                {' '}
                <span className={classes.movedDue}>{t('list.dueMovedTo', { date: format.date(agreed) })}</span>
              </>
            )}
          </>
        );
      },
    }),
  ]);
}

/** What identifies an order elsewhere (the customer's bank transfer, the merchant's own systems) and where it goes. */
function detailColumns(t: TFunction<'orders'>) {
  return column.columns([
    column.accessor('paymentReference', {
      id: 'paymentReference' satisfies SortKey,
      header: t('columns.paymentReference'),
      cell: (info) => <span className={classes.reference}>{info.getValue()}</span>,
    }),
    column.accessor('yourReference', {
      id: 'yourReference' satisfies SortKey,
      header: t('columns.yourReference'),
      cell: (info) => info.getValue() ?? '—',
    }),
    column.accessor('country', {
      id: 'country' satisfies SortKey,
      header: t('columns.country'),
      cell: (info) => <abbr title={t(`countries.${info.getValue()}`, { defaultValue: info.getValue() })}>{info.getValue()}</abbr>,
    }),
    column.accessor('paymentMethod', {
      id: 'paymentMethod' satisfies SortKey,
      header: t('columns.paymentMethod'),
      cell: (info) => t(`paymentMethod.${info.getValue()}`),
    }),
    column.accessor('shippingStatus', {
      id: 'shippingStatus' satisfies SortKey,
      header: t('columns.shippingStatus'),
      cell: (info) => t(`shipping.${info.getValue()}`),
    }),
    column.accessor('completeness', {
      id: 'completeness' satisfies SortKey,
      header: t('columns.completeness'),
      cell: (info) => t(`completeness.${info.getValue()}`),
    }),
  ]);
}
