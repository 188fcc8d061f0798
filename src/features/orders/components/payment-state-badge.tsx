import { useTranslation } from 'react-i18next';
import { PlainBadge } from '@/components/plain-badge';
import type { PaymentState } from '@/contract/orders';

// Warmer as the dunning goes on; an order handed to collection stands out in solid red.
const looks: Record<PaymentState, { color: string; variant: 'light' | 'filled' }> = {
  'not-due': { color: 'gray', variant: 'light' },
  due: { color: 'blue', variant: 'light' },
  overdue: { color: 'yellow', variant: 'light' },
  'reminder-1': { color: 'orange', variant: 'light' },
  'reminder-2': { color: 'red', variant: 'light' },
  collection: { color: 'red.9', variant: 'filled' },
  paid: { color: 'green', variant: 'light' },
};

/** Where the payment of an activated order stands, by name and colour. */
export function PaymentStateBadge({ state }: { state: PaymentState }) {
  const { t } = useTranslation('orders');
  return (
    <PlainBadge {...looks[state]} radius="sm">
      {t(`paymentState.${state}`)}
    </PlainBadge>
  );
}
