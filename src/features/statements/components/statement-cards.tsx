import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CardList, CardListItem } from '@/components/card-list';
import type { StatementSummary } from '@/contract/statements';
import { useDataMode } from '@/lib/data-mode';
import { useFormat } from '@/lib/format';
import { usePhone } from '@/lib/use-phone';
import { settlementSentence } from '../lib/settlement-text';
import { statementPaths } from '../paths';
import { DownloadButtons } from './download-buttons';

/**
 * The statements on a phone or an upright tablet: one card per ISO week, its dates and its net
 * payout first, then the payout date and its files. A tablet has room for the breakdown too (gross,
 * fees, adjustments and the count of movements) between them; on a phone it is on the statement's
 * page.
 */
export function StatementCards({ statements }: { statements: StatementSummary[] }) {
  const { t } = useTranslation('statements');
  const format = useFormat();
  // Test data moves no money: its statements name no payout, nor its date.
  const live = useDataMode() === 'live';
  const phone = usePhone();
  const figure = (label: string, value: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </div>
  );
  return (
    <CardList label={t('list.caption')}>
      {statements.map((statement) => (
        <CardListItem key={statement.week}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Anchor component={Link} to={statementPaths.detail(statement.week)} fw={600}>
                {statement.week}
              </Anchor>
              {/* Two balanced lines, a date each, rather than a year alone on the second. */}
              <Text size="sm" style={{ textWrap: 'balance' }}>
                {t('weekDates', { from: format.date(statement.startDate), to: format.date(statement.endDate) })}
              </Text>
            </Stack>
            <Stack gap={0} align="flex-end">
              <Text size="xs" c="dimmed">
                {live ? t('columns.net') : t('columns.netInTest')}
              </Text>
              <Text fw={700} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {format.money(statement.net, statement.currency)}
              </Text>
            </Stack>
          </Group>
          {!phone && (
            <SimpleGrid cols={4} spacing="xs" mt="xs">
              {figure(t('columns.gross'), format.money(statement.gross, statement.currency))}
              {figure(t('columns.fees'), format.money(statement.fees, statement.currency))}
              {figure(t('columns.adjustments'), format.money(statement.adjustments, statement.currency))}
              {figure(t('columns.movements'), format.number(statement.movementCount))}
            </SimpleGrid>
          )}
          <Group justify="space-between" align="flex-end" gap="xs" mt="xs">
            {/* Paid out, debited or either still to come, on its date; a week whose net is zero settles nothing. */}
            {live && statement.net === 0 ? (
              <Text size="sm" c="dimmed">
                {settlementSentence(t, statement, format.date(statement.payoutDate), format.locale)}
              </Text>
            ) : live ? (
              <div>
                <Text size="xs" c="dimmed">
                  {t('columns.settlement')}
                </Text>
                <Text size="sm">{settlementSentence(t, statement, format.date(statement.payoutDate), format.locale)}</Text>
              </div>
            ) : (
              <span />
            )}
            <DownloadButtons week={statement.week} />
          </Group>
        </CardListItem>
      ))}
    </CardList>
  );
}
