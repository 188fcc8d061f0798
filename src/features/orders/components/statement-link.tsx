import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Props = {
  week: string;
  /** The week is still running: its statement is in progress. */
  provisional: boolean;
  /** The page of a week's statement: another feature's, so the route says where. */
  statementPath: (week: string) => string;
};

/** From a movement of the order's money to the weekly statement that carries it. */
export function StatementLink({ week, provisional, statementPath }: Props) {
  const { t } = useTranslation('orders');
  return (
    <Text size="sm">
      <Anchor component={Link} to={statementPath(week)} inherit>
        {provisional ? t('timeline.statementInProgress', { week }) : t('timeline.statement', { week })}
      </Anchor>
    </Text>
  );
}
