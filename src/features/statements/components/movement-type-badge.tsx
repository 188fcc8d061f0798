import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MovementType } from '@/contract/statements';

const typeColors: Record<MovementType, string> = {
  activation: 'green',
  credit: 'orange',
  reduction: 'orange',
  return: 'orange',
  fee: 'gray',
  chargeback: 'red',
  adjustment: 'blue',
};

/** A movement's type in the user's language, coloured by what it does to the payout. */
export function MovementTypeBadge({ type }: { type: MovementType }) {
  const { t } = useTranslation('statements');
  return (
    <Badge variant="light" color={typeColors[type]}>
      {t(`types.${type}`)}
    </Badge>
  );
}
