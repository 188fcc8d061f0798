import { useTranslation } from 'react-i18next';
import { readReason } from '@/contract/reasons';
import type { Movement } from '@/contract/statements';

/**
 * What a movement is, in the user's language, with its reason: the API's English description is for
 * software. `weekNumber` (the ISO week's) names an adjustment.
 */
export function useDescribeMovement(weekNumber: number) {
  const { t } = useTranslation('statements');
  return ({ orderNumber, type, reason, reasonCode }: Movement) => {
    const description = t(`descriptions.${type}`, { orderNumber, week: weekNumber });
    // A known reason in the user's words, with the note added to it; a typed one as typed.
    const read = readReason(reasonCode, reason);
    const shownReason =
      read.code === null ? read.text : read.note ? t('reasonWithNote', { reason: t(`reasons.${read.code}`), note: read.note }) : t(`reasons.${read.code}`);
    return shownReason ? t('describedWithReason', { description, reason: shownReason }) : description;
  };
}
