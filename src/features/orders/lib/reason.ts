import type { ReasonCode } from '@/contract/reasons';
import type { ReasonCode as ReasonChoice } from '../api/reduce-order';

/** The API's code for each reason the dialogs offer. */
const apiCodes: Record<ReasonChoice, Exclude<ReasonCode, 'expired'>> = {
  'customer-withdrew': 'customer-withdrew',
  'out-of-stock': 'out-of-stock',
  damaged: 'damaged-in-transit',
  'wrong-item': 'wrong-item',
  duplicate: 'duplicate-order',
  defective: 'defective',
  'wrong-size': 'wrong-size',
  'not-as-described': 'not-as-described',
  'changed-mind': 'changed-mind',
  other: 'other',
};

/**
 * The reason sent for a choice from the list: its code, so that every reader (a colleague in
 * another language, a shopper's credit note) sees it in their own words; the user's note, if any,
 * goes with it as typed.
 */
export function pickedReason(choice: ReasonChoice, note = ''): { reasonCode: Exclude<ReasonCode, 'expired'>; reason?: string } {
  const trimmed = note.trim();
  return trimmed ? { reasonCode: apiCodes[choice], reason: trimmed } : { reasonCode: apiCodes[choice] };
}
