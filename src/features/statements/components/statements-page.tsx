import { Button, Group, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CsvFormatChoice } from '@/components/csv-format-choice';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { TablePagination } from '@/components/table-pagination';
import { useDataMode } from '@/lib/data-mode';
import { useLaidOut } from '@/lib/use-laid-out';
import { useStatements } from '../api/get-statements';
import { defaultStatementYear, parseYearParams, statementsPageSize } from '../lib/statement-params';
import { useStatementsLayout } from '../lib/use-statements-layout';
import { StatementCards } from './statement-cards';
import { StatementsTable } from './statements-table';
import { Select } from '@/components/select';

/** The weekly statements of one ISO year; the year and the page live in the URL. */
export function StatementsPage() {
  const { t } = useTranslation('statements');
  const [search, setSearch] = useSearchParams();
  const { year: askedYear, page: askedPage } = parseYearParams(search);
  // The current year is the backend's, whose clock may not be the browser's (a week turns at
  // midnight UTC), and its answer says which year the statements start in.
  const current = useStatements(null);
  const currentYear = current.data?.currentYear;
  const firstYear = current.data?.firstYear;
  const defaultYear = current.data && defaultStatementYear(current.data);
  const year = askedYear ?? defaultYear;
  // The current year's answer is the one asked for without a year.
  const statements = useStatements(year === currentYear ? null : (year ?? null));
  const live = useDataMode() === 'live';
  const layout = useStatementsLayout();
  const years = currentYear === undefined ? [] : Array.from({ length: currentYear - (firstYear ?? currentYear) + 1 }, (_, index) => String(currentYear - index));
  // An old address may name a year before the first statement, or one still to come: the API refuses both.
  const beforeFirst = firstYear !== undefined && askedYear !== null && askedYear < firstYear;
  const afterLast = currentYear !== undefined && askedYear !== null && askedYear > currentYear;

  const setView = (next: { year: number | undefined; page: number }) => {
    const params = new URLSearchParams();
    if (next.year !== undefined && next.year !== defaultYear) params.set('year', String(next.year));
    if (next.page !== 1) params.set('page', String(next.page));
    setSearch(params);
  };

  const data = useLaidOut(statements.data);
  // Another year's answer is kept on screen while this one's arrives, but not an empty one: it
  // would say this year has no statement.
  const arriving = data === undefined || (data.items.length === 0 && data.year !== year);
  const items = data?.items ?? [];
  // A page past the last one (an old link) shows the last page rather than an empty table.
  const page = Math.min(askedPage, Math.max(1, Math.ceil(items.length / statementsPageSize)));
  const shown = items.slice((page - 1) * statementsPageSize, page * statementsPageSize);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('list.title')}
        subtitle={live ? t('list.subtitle') : t('list.subtitleTest')}
        // The backend's days and weeks are UTC days, while an order's page shows local times.
        note={t('utcDays')}
        actions={
          <Group align="flex-end" gap="md">
            <CsvFormatChoice />
            <Select
              label={t('list.year')}
              data={years}
              value={year === undefined ? null : String(year)}
              allowDeselect={false}
              w={120}
              onChange={(value) => value && setView({ year: Number(value), page: 1 })}
            />
          </Group>
        }
      />
      <Paper withBorder p="md" radius="md" aria-busy={statements.isFetching || data !== statements.data}>
        {/* A year out of the selector's range leaves it blank: the way back is offered here. */}
        {beforeFirst || afterLast ? (
          <EmptyState title={beforeFirst ? t('list.beforeFirst', { year, firstYear }) : t('list.afterLast', { year, currentYear })}>
            <Button variant="light" onClick={() => setView({ year: beforeFirst ? firstYear : defaultYear, page: 1 })}>
              {t('list.showYear', { year: beforeFirst ? firstYear : defaultYear })}
            </Button>
          </EmptyState>
        ) : statements.isError ? (
          <ErrorState error={statements.error} onRetry={() => void statements.refetch()} />
        ) : arriving ? (
          <LoadingState label={t('list.loading')} />
        ) : items.length === 0 ? (
          <EmptyState title={t('list.empty', { year })} />
        ) : (
          <Stack gap="md">
            {layout === 'cards' ? <StatementCards statements={shown} /> : <StatementsTable statements={shown} folded={layout === 'folded'} />}
            <TablePagination
              page={page}
              pageSize={statementsPageSize}
              total={items.length}
              onPageChange={(next) => setView({ year, page: next })}
            />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
