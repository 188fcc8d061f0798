import { useTranslation } from 'react-i18next';
import { useReasonWords } from '@/components/reason-text';
import type { Movement } from '@/contract/statements';

/**
 * What a movement is, in the user's language, with its reason: the API's English description is for
 * software. `weekNumber` (the ISO week's) names an adjustment.
 */
export function useDescribeMovement(weekNumber: number) {
  const { t } = useTranslation('statements');
  // A known reason in the user's words, with the note added to it; a typed one as typed.
  const reasonWords = useReasonWords();
  return ({ orderNumber, type, reason, reasonCode }: Movement) => {
    const description = t(`descriptions.${type}`, { orderNumber, week: weekNumber });
    const shownReason = reasonWords({ code: reasonCode, text: reason });
    return shownReason ? t('describedWithReason', { description, reason: shownReason }) : description;
  };
}
