import { useTranslation } from 'react-i18next';
import { PlainBadge } from '@/components/plain-badge';

/** Days a created order has left before the provider cancels it; urgent ones stand out. */
export function ExpiryIndicator({ daysToExpiry }: { daysToExpiry: number | null }) {
  const { t } = useTranslation('orders');
  if (daysToExpiry === null) return null;
  // The darkest reds keep white text readable; a week or more left needs no alarm.
  const urgent = daysToExpiry <= 3;
  const soon = daysToExpiry <= 7;
  return (
    <PlainBadge color={urgent ? 'red.9' : soon ? 'orange' : 'gray'} variant={urgent ? 'filled' : soon ? 'light' : 'outline'}>
      {daysToExpiry === 0 ? t('expiry.today') : t('expiry.daysLeft', { count: daysToExpiry })}
    </PlainBadge>
  );
}
