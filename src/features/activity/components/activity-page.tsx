import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CsvFormatChoice } from '@/components/csv-format-choice';
import { PageHeader } from '@/components/page-header';
import { useDataMode } from '@/lib/data-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/query-states';
import { TablePagination } from '@/components/table-pagination';
import { useExportActivity } from '../api/export-activity';
import { activityPageSize, useActivity } from '../api/get-activity';
import { datesReversed, hasFilters, parseActivityParams, toSearchParams, worldsShown, type ActivityParams } from '../lib/activity-params';
import { ActivityFilters, type Person } from './activity-filters';
import { ActivityTable } from './activity-table';

type Props = {
  /** The team, to filter by person. */
  people: readonly Person[];
  /** Where an order or a ticket the log names is opened. */
  orderPath: (orderNumber: string) => string;
  ticketPath: (ticketNumber: string) => string;
};

/** Every change made in Comptoir, for an admin: filtered in the URL, paged, exported as CSV. */
export function ActivityPage({ people, orderPath, ticketPath }: Props) {
  const { t } = useTranslation('activity');
  const [search, setSearch] = useSearchParams();
  const mode = useDataMode();
  const params = useMemo(() => parseActivityParams(search), [search]);
  // What is asked for: the world of the header, never the other's.
  const asked = useMemo(() => ({ ...params, worlds: worldsShown(params.worlds, mode) }), [params, mode]);
  const update = useCallback(
    (change: Partial<ActivityParams>) => setSearch(toSearchParams({ ...params, ...change, page: change.page ?? 1 })),
    [params, setSearch],
  );
  const reversed = datesReversed(params);
  const activity = useActivity(asked, { enabled: !reversed });
  const exporting = useExportActivity({ onError: () => notifications.show({ color: 'red', message: t('page.exportFailed') }) });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('page.title')}
        subtitle={t('page.subtitle', { context: mode })}
        actions={
          <Group gap="sm">
            <CsvFormatChoice />
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={exporting.isPending}
              disabled={reversed}
              onClick={() => exporting.mutate(asked)}
            >
              {t('page.export')}
            </Button>
          </Group>
        }
      />
      <ActivityFilters
        params={params}
        mode={mode}
        people={people}
        onChange={update}
        onClear={hasFilters(params) ? () => setSearch(new URLSearchParams()) : null}
        toError={reversed ? t('filters.toBeforeFrom') : undefined}
      />
      {/* Days in the wrong order: nothing is asked for, the field says why, and this says where to look. */}
      {reversed ? (
        <EmptyState title={t('table.invalidDays')}>
          <Button variant="light" onClick={() => update({ from: null, to: null })}>
            {t('table.clearDays')}
          </Button>
        </EmptyState>
      ) : activity.isPending ? (
        <LoadingState label={t('table.loading')} />
      ) : activity.isError ? (
        <ErrorState error={activity.error} onRetry={() => void activity.refetch()} />
      ) : activity.data.total === 0 ? (
        <EmptyState title={t(hasFilters(params) ? 'table.noMatch' : 'table.empty')} />
      ) : (
        <>
          <ActivityTable items={activity.data.items} orderPath={orderPath} ticketPath={ticketPath} />
          <TablePagination page={activity.data.page} pageSize={activityPageSize} total={activity.data.total} onPageChange={(page) => update({ page })} />
        </>
      )}
    </Stack>
  );
}
