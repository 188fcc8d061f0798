import { Paper, Stack, Text, Title } from '@mantine/core';
import { DataTable } from '@/components/data-table';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail, OrderStatus } from '@/contract/orders';
import { useFormat } from '@/lib/format';
import { lineState } from '../lib/order-figures';
import { LineStateBadge } from './line-state-badge';
import { TableScroll } from '@/components/table-scroll';
import { usePhone } from '@/lib/use-phone';
import { OrderLineCards } from './order-line-cards';

type Line = OrderDetail['lines'][number];
type Format = ReturnType<typeof useFormat>;

const lineFeatures = tableFeatures({});
const column = createColumnHelper<typeof lineFeatures, Line>();
const numeric = new Set(['quantity', 'unitPrice', 'discount', 'vatRate', 'lineTotal', 'shipped', 'invoiced', 'cancelled', 'returned']);
// Article codes stay on one line; titles take the room that is left.
const nowrap: CSSProperties = { whiteSpace: 'nowrap' };

function lineColumns(t: TFunction<'orders'>, format: Format, currency: string, orderStatus: OrderStatus) {
  const money = (cents: number) => format.money(cents, currency);
  return column.columns([
    column.accessor('articleNumber', { header: t('lines.articleNumber'), cell: (info) => <span style={nowrap}>{info.getValue()}</span> }),
    column.accessor('title', { header: t('lines.title') }),
    // Next to the title: in the languages with long headers the quantities run past the card's edge.
    column.display({
      id: 'state',
      header: t('lines.state'),
      cell: ({ row }) => <LineStateBadge state={lineState(row.original, orderStatus)} />,
    }),
    column.accessor('quantity', { header: t('lines.quantity') }),
    column.accessor('unitPrice', { header: t('lines.unitPrice'), cell: (info) => money(info.getValue()) }),
    column.accessor('discount', { header: t('lines.discount'), cell: (info) => (info.getValue() ? money(-info.getValue()) : '—') }),
    column.accessor('vatRate', { header: t('lines.vatRate'), cell: (info) => format.percent(info.getValue()) }),
    column.accessor('lineTotal', { header: t('lines.lineTotal'), cell: (info) => money(info.getValue()) }),
    column.accessor('shipDate', { header: t('lines.shipDate'), cell: (info) => (info.getValue() ? format.date(info.getValue()!) : '—') }),
    column.accessor('quantityShipped', { id: 'shipped', header: t('lines.shipped') }),
    column.accessor('quantityInvoiced', { id: 'invoiced', header: t('lines.invoiced') }),
    column.accessor('quantityCancelled', { id: 'cancelled', header: t('lines.cancelled') }),
    column.accessor('quantityReturned', { id: 'returned', header: t('lines.returned') }),
  ]);
}

export function OrderLinesTable({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation('orders');
  const format = useFormat();
  const phone = usePhone();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the columns change with the language and the order only
  const columns = useMemo(() => lineColumns(t, format, order.currency, order.status), [i18n.language, order.currency, order.status]);
  const table = useTable({ features: lineFeatures, columns, data: order.lines, getRowId: (line) => line.id });

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3" id="order-lines">
          {t('lines.heading')}
        </Title>
        {phone ? (
          <OrderLineCards order={order} />
        ) : (
          // Where the lines cannot fit (a narrow window, German headings), a shadow says columns are past the edge.
          <TableScroll label={t('lines.heading')} minWidth={900}>
            <DataTable table={table} numericColumns={numeric} labelledBy="order-lines" />
          </TableScroll>
        )}
        {order.lines.length === 0 && <Text c="dimmed">{t('lines.none')}</Text>}
      </Stack>
    </Paper>
  );
}
