import { Anchor, Stack, Text } from '@mantine/core';
import { DataTable } from '@/components/data-table';
import { TableScroll } from '@/components/table-scroll';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StatementSummary } from '@/contract/statements';
import { useDataMode } from '@/lib/data-mode';
import { useFormat } from '@/lib/format';
import { settlementSentence, settlementText } from '../lib/settlement-text';
import { statementPaths } from '../paths';
import { DownloadButtons } from './download-buttons';

type Format = ReturnType<typeof useFormat>;
const features = tableFeatures({});
const column = createColumnHelper<typeof features, StatementSummary>();
const numeric = new Set(['gross', 'fees', 'adjustments', 'net', 'movementCount']);
const noWrap: CSSProperties = { whiteSpace: 'nowrap' };

/**
 * Test data moves no money: its statements name no payout, nor its date. Folded (a laptop's or a
 * landscape tablet's width), a week's count of movements goes under its dates and its settlement
 * under its net, rather than in columns of their own.
 */
function statementColumns(t: TFunction<'statements'>, format: Format, live: boolean, folded: boolean) {
  // An amount never wraps: "-" on one line and "€117.36" on the next reads as two figures. Nor does a date.
  const money = (statement: StatementSummary, cents: number) => <span style={noWrap}>{format.money(cents, statement.currency)}</span>;
  // A date among words that wrap is read whole: never "8 Dec" over "2026".
  const unbrokenDate = (date: string) => format.date(date).replaceAll(' ', '\u00a0');
  return column.columns([
    column.accessor('week', {
      header: t('columns.week'),
      cell: ({ row }) => (
        <Stack gap={0}>
          {/* The week's name is read whole ("2026-W49", never "2026-" over "W49"). */}
          <Anchor component={Link} to={statementPaths.detail(row.original.week)} fw={600} style={noWrap}>
            {row.original.week}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('weekDates', { from: unbrokenDate(row.original.startDate), to: unbrokenDate(row.original.endDate) })}
          </Text>
          {folded && (
            <Text size="xs" c="dimmed">
              {t('list.movementCount', { count: row.original.movementCount })}
            </Text>
          )}
        </Stack>
      ),
    }),
    column.accessor('gross', { id: 'gross', header: t('columns.gross'), cell: ({ row }) => money(row.original, row.original.gross) }),
    column.accessor('fees', { id: 'fees', header: t('columns.fees'), cell: ({ row }) => money(row.original, row.original.fees) }),
    column.accessor('adjustments', { id: 'adjustments', header: t('columns.adjustments'), cell: ({ row }) => money(row.original, row.original.adjustments) }),
    column.accessor('net', {
      header: live ? t('columns.net') : t('columns.netInTest'),
      cell: ({ row }) => (
        <>
          <Text fw={700} size="sm">
            {money(row.original, row.original.net)}
          </Text>
          {folded && live && (
            <Text size="xs" c="dimmed">
              {settlementText(t, row.original, unbrokenDate(row.original.payoutDate))}
            </Text>
          )}
        </>
      ),
    }),
    column.accessor('movementCount', { id: 'movementCount', header: t('columns.movements'), cell: (info) => format.number(info.getValue()) }),
    column.accessor('payoutDate', {
      id: 'payoutDate',
      header: t('columns.settlement'),
      // Paid out, debited or either still to come, on its date; a week whose net is zero settles nothing.
      cell: ({ row }) => (
        <Text size="sm" c={row.original.net === 0 ? 'dimmed' : undefined}>
          {settlementSentence(t, row.original, unbrokenDate(row.original.payoutDate), format.locale)}
        </Text>
      ),
    }),
    column.display({
      id: 'downloads',
      header: t('columns.downloads'),
      cell: ({ row }) => <DownloadButtons week={row.original.week} arrangement={folded ? 'column' : 'grid'} />,
    }),
  ]);
}

/** The columns whose figures a folded table writes in another's cell. */
const foldedColumns = new Set(['movementCount', 'payoutDate']);

/**
 * One row per ISO week, newest first; `folded`, for a laptop's width, in six columns rather than
 * eight, its cells closer together. A phone or an upright tablet shows cards instead (`StatementCards`).
 */
export function StatementsTable({ statements, folded }: { statements: StatementSummary[]; folded: boolean }) {
  const { t, i18n } = useTranslation('statements');
  const format = useFormat();
  const live = useDataMode() === 'live';
  const columns = useMemo(
    () =>
      statementColumns(t, format, live, folded).filter((column) => (live || column.id !== 'payoutDate') && !(folded && foldedColumns.has(column.id ?? ''))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the columns change with the language, the world and the layout only
    [i18n.language, live, folded],
  );
  const table = useTable({ features, columns, data: statements, getRowId: (statement) => statement.week });
  return (
    <TableScroll label={t('list.caption')}>
      {/* Folded, the cells' padding is tighter: a Swiss merchant's amounts ("CHF 14'543.03") fit a 992 px screen too. */}
      <DataTable table={table} numericColumns={numeric} caption={t('list.caption')} horizontalSpacing={folded ? 6 : undefined} />
    </TableScroll>
  );
}
