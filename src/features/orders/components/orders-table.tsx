import { Table, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { FlexRender, useTable, type Cell, type Header, type Row, type RowSelectionState, type SortingState, type Updater } from '@tanstack/react-table';
import { memo, useCallback, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { sortKeys, type OrderSummary, type SortKey, type SortOrder } from '@/contract/orders';
import { isActionOpen } from '@/contract/order-action-statuses';
import { TableScroll } from '@/components/table-scroll';
import { sameData } from '@/lib/same-data';
import { resetColumnWidth, selectionColumnId, setColumnWidth, tableLayoutState, type ColumnLayout } from '../lib/column-layout';
import type { Density } from '../lib/use-density';
import { orderPaths } from '../paths';
import { ColumnResizeHandle } from './column-resize-handle';
import { actionColumnId, columnName, orderTableFeatures, type OrderColumn } from './order-columns';
import classes from './orders-table.module.css';

const numericColumns = new Set(['total', 'outstanding']);
const noSelection: RowSelectionState = {};
const noColumns: readonly string[] = [];

type Props = {
  /** From useOrderColumns, so that they are the same between renders. */
  columns: OrderColumn[];
  orders: OrderSummary[];
  sort: SortKey;
  order: SortOrder;
  onSortChange: (sort: SortKey, order: SortOrder) => void;
  /** Admins get row selection and a row action to activate created orders. */
  canChange?: boolean;
  selection?: RowSelectionState;
  onSelectionChange?: (selection: RowSelectionState) => void;
  density?: Density;
  /** The columns the user hid, moved and sized; `onLayoutChange` must be the same function between renders. */
  layout: ColumnLayout;
  onLayoutChange: (layout: ColumnLayout) => void;
  /** Columns no order can fill under the filters, hidden whatever the layout says; the same array between renders. */
  leftOut?: readonly string[];
};

/** A click the browser would not open elsewhere: the main button, no key held. */
function isPlainClick(event: MouseEvent<HTMLElement>) {
  return event.button === 0 && !event.defaultPrevented && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

function isSortKey(id: string): id is SortKey {
  return (sortKeys as readonly string[]).includes(id);
}

/**
 * The orders of one page; sorting is done by the API, the table only says which way. Memoised: a
 * new URL renders it again only once its rows, sort, selection or column layout change, not while
 * they load.
 */
export const OrdersTable = memo(function OrdersTable(props: Props) {
  const { columns, orders, sort, order, onSortChange, canChange = false, selection = noSelection, onSelectionChange, density = 'compact', layout, onLayoutChange, leftOut = noColumns } = props;
  const { t } = useTranslation('orders');
  const navigate = useNavigate();
  const openOrder = useCallback((orderNumber: string) => void navigate(orderPaths.detail(orderNumber)), [navigate]);
  const sorting: SortingState = useMemo(() => [{ id: sort, desc: order === 'desc' }], [sort, order]);
  const columnState = useMemo(
    () => tableLayoutState(layout, columns.flatMap((column) => (column.id && column.id !== selectionColumnId ? [column.id] : [])), leftOut),
    [layout, columns, leftOut],
  );

  const table = useTable({
    features: orderTableFeatures,
    columns,
    data: orders,
    getRowId: (row) => row.orderNumber,
    state: { sorting, rowSelection: selection, ...columnState },
    enableRowSelection: (row) => canChange && isActionOpen('activate', row.original.status),
    onRowSelectionChange: (updater: Updater<RowSelectionState>) =>
      onSelectionChange?.(typeof updater === 'function' ? updater(selection) : updater),
    manualSorting: true,
    enableSortingRemoval: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first && isSortKey(first.id)) onSortChange(first.id, first.desc ? 'desc' : 'asc');
    },
  });

  // What every row's cells depend on besides its order: which columns show, and which are sized.
  const cellsKey = `${table
    .getVisibleLeafColumns()
    .map((column) => column.id)
    .join()}|${Object.keys(layout.widths).join()}`;

  return (
    <TableScroll label={t('list.caption')} minWidth={960}>
      <Table
        striped
        highlightOnHover
        stickyHeader
        horizontalSpacing={8}
        verticalSpacing={density === 'compact' ? 4 : 7}
        data-density={density}
        className={classes.table}
      >
        <caption className={classes.caption}>{t('list.caption')}</caption>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) =>
                header.column.id === selectionColumnId ? (
                  <Table.Th key={header.id} className={classes.header}>
                    <FlexRender header={header} />
                  </Table.Th>
                ) : (
                  <HeaderCell key={header.id} header={header} direction={header.column.getIsSorted()} layout={layout} onLayoutChange={onLayoutChange} />
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <OrderRow key={row.id} row={row} columns={columns} cellsKey={cellsKey} selected={row.getIsSelected()} layout={layout} onOpen={openOrder} />
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
});

type HeaderCellProps = {
  header: Header<typeof orderTableFeatures, OrderSummary, unknown>;
  direction: false | SortOrder;
  layout: ColumnLayout;
  onLayoutChange: (layout: ColumnLayout) => void;
};

/**
 * A column's header: its name, which way it sorts, and the handle that sizes it. Memoised: the
 * next page of orders leaves the headers as they were (the page's checkbox is not one of these).
 */
const HeaderCell = memo(function HeaderCell({ header, direction, layout, onLayoutChange }: HeaderCellProps) {
  const { t } = useTranslation('orders');
  const Icon = direction === 'asc' ? IconArrowUp : direction === 'desc' ? IconArrowDown : IconArrowsSort;
  const width = layout.widths[header.column.id];
  return (
    <Table.Th
      aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined}
      ta={numericColumns.has(header.id) ? 'right' : undefined}
      className={classes.header}
      data-sized={width !== undefined || undefined}
      style={width !== undefined ? { width: header.getSize(), '--column-width': `${header.getSize()}px` } : undefined}
    >
      {header.column.getCanSort() ? (
        <UnstyledButton className={classes.sortButton} onClick={header.column.getToggleSortingHandler()}>
          <FlexRender header={header} />
          <Icon size={14} aria-hidden />
          <VisuallyHidden>{direction ? t(`list.sorted.${direction}`) : t('list.sortable')}</VisuallyHidden>
        </UnstyledButton>
      ) : (
        <FlexRender header={header} />
      )}
      <ColumnResizeHandle
        name={columnName(header.column.columnDef as OrderColumn, t)}
        width={width}
        fallbackWidth={header.getSize()}
        onResize={(next) => onLayoutChange(setColumnWidth(layout, header.column.id, next))}
        onReset={() => onLayoutChange(resetColumnWidth(layout, header.column.id))}
      />
    </Table.Th>
  );
});

/**
 * What a cell shows. The list's cells are plain functions of the cell (order-columns.tsx: they use
 * no hooks), so they are called here rather than rendered as components through FlexRender: that
 * is two components fewer per cell, some six hundred and fifty on a page of 25 orders.
 */
function cellContent(cell: Cell<typeof orderTableFeatures, OrderSummary, unknown>) {
  const content = cell.column.columnDef.cell;
  return typeof content === 'function' ? content(cell.getContext()) : content;
}

type OrderRowProps = {
  row: Row<typeof orderTableFeatures, OrderSummary>;
  columns: OrderColumn[];
  cellsKey: string;
  selected: boolean;
  layout: ColumnLayout;
  onOpen: (orderNumber: string) => void;
};

/**
 * One order's row. Another answer (a filter, a page, a sort) brings new objects for orders already
 * on screen; a row whose order, selection and columns are the same is not rendered again.
 */
const OrderRow = memo(
  function OrderRow({ row, layout, onOpen }: OrderRowProps) {
    // Plain rows and cells with the table's own classes: Mantine's components cost a styles pass
    // each, and a page of orders has some four hundred cells.
    return (
      <tr
        className={`${Table.classes.tr} ${classes.row}`}
        data-with-row-border
        data-striped="odd"
        data-hover
        onClick={(event) => {
          // Links, buttons and focusable badges inside the row keep their own behaviour.
          const control = (event.target as HTMLElement).closest('a, button, input, [tabindex]');
          if (!control || !event.currentTarget.contains(control)) onOpen(row.original.orderNumber);
          // The order's link is a plain one: the app opens it, unless the click asks for a new tab or window.
          else if (control.matches('[data-order-link]') && isPlainClick(event)) {
            event.preventDefault();
            onOpen(row.original.orderNumber);
          }
        }}
      >
        {row.getVisibleCells().map((cell) => {
          const content = cellContent(cell);
          return (
            <td
              key={cell.id}
              className={Table.classes.td}
              data-numeric={numericColumns.has(cell.column.id) || undefined}
              data-sized={cell.column.id in layout.widths || undefined}
              // The row's action stays in sight at the table's right edge while its column is scrolled past it.
              data-sticky-end={(cell.column.id === actionColumnId && content !== null) || undefined}
            >
              {content}
            </td>
          );
        })}
      </tr>
    );
  },
  (before, after) =>
    before.columns === after.columns &&
    before.cellsKey === after.cellsKey &&
    before.selected === after.selected &&
    before.onOpen === after.onOpen &&
    sameData(before.row.original, after.row.original),
);
