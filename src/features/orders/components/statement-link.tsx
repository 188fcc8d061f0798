import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addCalendarDays } from '@/lib/calendar-days';
import { useFormat } from '@/lib/format';
import { sundayOfIsoWeek } from '@/lib/iso-week';

type Props = {
  week: string;
  /** Whether the week's statement has been issued: the running week's is not, until after its Sunday. */
  issued: boolean;
  /** The page of a week's statement: another feature's, so the route says where. */
  statementPath: (week: string) => string;
};

/**
 * From a movement of the order's money to the weekly statement that carries it, named by its week
 * and that week's days; a movement of the running week names them as text, as there is no page yet.
 */
export function StatementLink({ week, issued, statementPath }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const sunday = sundayOfIsoWeek(week);
  const dates = sunday ? format.dateRange(addCalendarDays(sunday, -6), sunday) : '';
  if (!issued) {
    return (
      <Text size="sm" c="dimmed">
        {t('timeline.statementToCome', { week, dates })}
      </Text>
    );
  }
  return (
    <Text size="sm">
      <Anchor component={Link} to={statementPath(week)} inherit>
        {t('timeline.statement', { week, dates })}
      </Anchor>
    </Text>
  );
}
