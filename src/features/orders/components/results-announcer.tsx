import { useTranslation } from 'react-i18next';
import { LiveStatus } from '@/components/live-status';

/** Announces how many orders the search and filters found, once the list has answered ("12 orders match"). */
export function ResultsAnnouncer({ total }: { total: number | undefined }) {
  const { t } = useTranslation('orders');
  const message = total === undefined ? '' : total === 0 ? t('list.empty') : t('list.matches', { count: total });
  return <LiveStatus>{message}</LiveStatus>;
}
