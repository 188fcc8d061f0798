import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LineState } from '../lib/order-figures';

const colors: Record<LineState, string> = {
  returned: 'orange',
  'partly-returned': 'yellow',
  cancelled: 'red',
  invoiced: 'green',
  shipped: 'blue',
  open: 'gray',
};

/** Where a line's units stand, as the line items table and the phone's cards both show it. */
export function LineStateBadge({ state }: { state: LineState }) {
  const { t } = useTranslation('orders');
  return (
    <Badge variant="light" color={colors[state]}>
      {t(`lineState.${state}`)}
    </Badge>
  );
}
