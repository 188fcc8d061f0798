import { useTranslation } from 'react-i18next';
import { LiveStatus } from '@/components/live-status';
import { useFormat } from '@/lib/format';

/** Announces how many orders the search and filters found, once the list has answered ("12 orders match"). */
export function ResultsAnnouncer({ total }: { total: number | undefined }) {
  const { t } = useTranslation('orders');
  // The count in the merchant's region, as the pager writes it: 2'000 for a Swiss merchant in German.
  const { locale } = useFormat();
  const message = total === undefined ? '' : total === 0 ? t('list.empty') : t('list.matches', { count: total, locale });
  return <LiveStatus>{message}</LiveStatus>;
}
