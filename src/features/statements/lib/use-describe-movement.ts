import { useTranslation } from 'react-i18next';
import type { Movement } from '@/contract/statements';

/**
 * What a movement is, in the user's language, with its reason: the API's English description is for
 * software. `weekNumber` (the ISO week's) names an adjustment.
 */
export function useDescribeMovement(weekNumber: number) {
  const { t } = useTranslation('statements');
  return ({ orderNumber, type, reason, reasonCode }: Movement) => {
    const description = t(`descriptions.${type}`, { orderNumber, week: weekNumber });
    // A known reason in the user's words, a typed one as typed.
    const shownReason = reasonCode ? t(`reasons.${reasonCode}`) : reason;
    return shownReason ? t('describedWithReason', { description, reason: shownReason }) : description;
  };
}
