import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Days a created order has left before the provider cancels it; urgent ones stand out. */
export function ExpiryIndicator({ daysToExpiry }: { daysToExpiry: number | null }) {
  const { t } = useTranslation('orders');
  if (daysToExpiry === null) return null;
  const color = daysToExpiry <= 3 ? 'red' : daysToExpiry <= 7 ? 'orange' : 'gray';
  return (
    <Badge color={color} variant={daysToExpiry <= 7 ? 'filled' : 'outline'}>
      {daysToExpiry === 0 ? t('expiry.today') : t('expiry.daysLeft', { count: daysToExpiry })}
    </Badge>
  );
}
