import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { CsvFormatChoice } from '@/components/csv-format-choice';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { LiveStatus } from '@/components/live-status';
import { PageBreadcrumbs } from '@/components/page-breadcrumbs';
import { ErrorState, LoadingState } from '@/components/query-states';
import { TablePagination } from '@/components/table-pagination';
import { movementTypes } from '@/contract/statements';
import { isApiError } from '@/lib/api-error';
import { useDataMode } from '@/lib/data-mode';
import { useFormat } from '@/lib/format';
import { useLaidOut } from '@/lib/use-laid-out';
import { useStatement } from '../api/get-statement';
import { movementSearch, movementsPageSize, parseMovementParams } from '../lib/statement-params';
import { useStatementsLayout } from '../lib/use-statements-layout';
import { canonicalWeekName } from '../lib/week-name';
import { statementPaths } from '../paths';
import { DownloadButtons } from './download-buttons';
import { MovementCards } from './movement-cards';
import { MovementsTable } from './movements-table';
import { OrderFilter } from './order-filter';
import { SettlementLines } from './settlement-lines';
import { StatementNotFound, whyNoStatement } from './statement-not-found';
import { MultiSelect } from '@/components/select';

type Props = {
  week: string;
  /** Where an order's page is: another feature's, so the route says where. */
  orderPath: (orderNumber: string) => string;
  /** The support form started as a question about a week's statement, for the roles that write to support. */
  contactSupportPath?: (week: string) => string;
};

/** A week's statement; an address that names the week in another case (`2026-w48`) is replaced by its own. */
export function StatementPage({ week, orderPath, contactSupportPath }: Props) {
  const { search } = useLocation();
  const canonical = canonicalWeekName(week);
  if (canonical !== week) return <Navigate replace to={`${statementPaths.detail(canonical)}${search}`} />;
  return <StatementView week={week} orderPath={orderPath} contactSupportPath={contactSupportPath} />;
}

/** One week's statement: totals, then its movements a page at a time, filterable by type. */
function StatementView({ week, orderPath, contactSupportPath }: Props) {
  const { t } = useTranslation('statements');
  const format = useFormat();
  const [search, setSearch] = useSearchParams();
  const { types, order, page: askedPage } = parseMovementParams(search);
  const statement = useStatement(week);
  // Test data moves no money: its statements announce no payout.
  const live = useDataMode() === 'live';
  const layout = useStatementsLayout();
  const data = useLaidOut(statement.data);

  const crumbs = <PageBreadcrumbs parent={{ to: statementPaths.list(), label: t('list.title') }} current={week} />;
  if (statement.isError) {
    return (
      <Stack>
        {crumbs}
        {isApiError(statement.error, 'not-found') || isApiError(statement.error, 'bad-request') ? (
          <StatementNotFound week={week} why={whyNoStatement(statement.error)} />
        ) : (
          <ErrorState error={statement.error} onRetry={() => void statement.refetch()} />
        )}
      </Stack>
    );
  }

  if (data === undefined) return <LoadingState label={t('detail.loading')} />;

  const matching = data.movements.filter((movement) => (!types.length || types.includes(movement.type)) && (!order || movement.orderNumber === order));
  const sum = matching.reduce((total, movement) => total + movement.amount, 0);
  // A page past the last one (an old link, a narrower filter) shows the last page.
  const page = Math.min(askedPage, Math.max(1, Math.ceil(matching.length / movementsPageSize)));
  const shown = matching.slice((page - 1) * movementsPageSize, page * movementsPageSize);
  const money = (cents: number) => format.money(cents, data.currency);
  const noneShown = order ? t('detail.noneOfOrder', { order }) : t('detail.noneShown');
  const movements = { movements: shown, currency: data.currency, weekNumber: data.weekNumber, count: matching.length, sum, orderPath };
  const figure = (label: string, value: string, strong = false) => (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={strong ? 800 : 500} size={strong ? 'lg' : 'md'} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
    </div>
  );

  return (
    <Stack gap="md">
      {crumbs}
      <Group justify="space-between" align="flex-start">
        <div>
          {/* The week's name is read whole on a phone too: "2026-W38", never "2026-" over "W38". */}
          <Title order={1}>
            <Trans t={t} i18nKey="detail.title" values={{ week: data.week }} components={{ week: <span style={{ whiteSpace: 'nowrap' }} /> }} />
          </Title>
          <SettlementLines statement={data} />
          {/* The backend's days and weeks are UTC days, while an order's page shows local times. */}
          <Text size="xs" c="dimmed" maw={640}>
            {t('utcDays')}
          </Text>
          {contactSupportPath && (
            <Anchor component={Link} to={contactSupportPath(data.week)} size="sm">
              <Group gap={4} component="span" mt="xs">
                <IconMessageCircle size={16} aria-hidden />
                {t('detail.contactSupport')}
              </Group>
            </Anchor>
          )}
        </div>
        <Group gap="sm">
          <CsvFormatChoice />
          <DownloadButtons week={data.week} size="sm" />
        </Group>
      </Group>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          {figure(t('columns.gross'), money(data.gross))}
          {figure(t('columns.fees'), money(data.fees))}
          {figure(t('columns.adjustments'), money(data.adjustments))}
          {/* A negative week is not paid out but owed: said as the amount due, never a negative payout. */}
          {!live
            ? figure(t('columns.netInTest'), money(data.net), true)
            : data.net < 0
              ? figure(t('columns.netDue'), money(-data.net), true)
              : figure(t('columns.net'), money(data.net), true)}
          {figure(t('columns.movements'), format.number(data.movementCount))}
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <MultiSelect
            label={t('detail.filterType')}
            placeholder={types.length ? undefined : t('detail.allTypes')}
            data={movementTypes.map((type) => ({ value: type, label: t(`types.${type}`) }))}
            value={types}
            clearable
            maw={480}
            // Tall enough for every type: a list that scrolls would be a scroll region the keyboard cannot reach.
            maxDropdownHeight={400}
            onChange={(values) => setSearch(movementSearch({ types: values, order, page: 1 }))}
          />
          {order && <OrderFilter order={order} onShowAll={() => setSearch(movementSearch({ types, order: null, page: 1 }))} />}
          <LiveStatus>
            {types.length === 0 && !order
              ? ''
              : matching.length === 0
                ? noneShown
                : order
                  ? t('detail.matchingOfOrder', { count: matching.length, order })
                  : t('detail.matching', { count: matching.length })}
          </LiveStatus>
          {data.movements.length === 0 ? (
            <Text>{t('detail.noMovement')}</Text>
          ) : matching.length === 0 ? (
            <Text>{noneShown}</Text>
          ) : (
            <>
              {layout === 'cards' ? <MovementCards {...movements} /> : <MovementsTable {...movements} folded={layout === 'folded'} />}
              <TablePagination
                page={page}
                pageSize={movementsPageSize}
                total={matching.length}
                onPageChange={(next) => setSearch(movementSearch({ types, order, page: next }))}
              />
            </>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
