import { z } from 'zod';
import { isReadableText, limits } from './common';

/**
 * Reasons an order changes with: the provider's (an expiry), those the demo's history was seeded
 * with, and those a user picks from a list. Codes an app translates; a reason a user typed has no
 * code and is shown as typed.
 */
export const reasonCodes = [
  'expired',
  'customer-withdrew',
  'out-of-stock',
  'duplicate-order',
  'address-not-verified',
  'damaged-in-transit',
  'goods-returned',
  'not-delivered',
  'price-adjustment',
  'late-delivery-goodwill',
  'missing-part',
  'wrong-size',
  'not-as-described',
  'changed-mind',
  'wrong-item',
  'defective',
  'other',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/** The English text the API answers as `reason` beside each code. */
export const reasonTexts: Record<ReasonCode, string> = {
  expired: 'Expired: not activated within two months',
  'customer-withdrew': 'Customer withdrew',
  'out-of-stock': 'Out of stock',
  'duplicate-order': 'Duplicate order',
  'address-not-verified': 'Delivery address could not be verified',
  'damaged-in-transit': 'Damaged in transit',
  'goods-returned': 'Goods returned',
  'not-delivered': 'Not delivered',
  'price-adjustment': 'Price adjustment agreed with customer',
  'late-delivery-goodwill': 'Goodwill gesture for late delivery',
  'missing-part': 'Missing part',
  'wrong-size': 'Wrong size',
  'not-as-described': 'Not as described',
  'changed-mind': 'Changed mind',
  'wrong-item': 'Wrong item delivered',
  defective: 'Defective',
  other: 'Other',
};

export const reasonCodeSchema = z.enum(reasonCodes).nullable().meta({
  description:
    'Set when the reason is one of the known ones, to be translated; `reason` then holds its English text, followed by ": " and the note the user added, if any. ' +
    'Null when a user typed the reason, which is then shown as typed.',
});

/** What a user may pick when acting on an order: every code but the provider's own. */
export const chosenReasonCodeSchema = z
  .enum(reasonCodes)
  .exclude(['expired'])
  .meta({ id: 'ChosenReasonCode', description: 'A reason picked from the known ones, stored as its code so that every reader sees it in their language; `reason` is then an optional note added to it.' });

/** `reason` in a request: the reason as typed, or, beside a `reasonCode`, a note added to it. */
export const reasonField = z
  .string()
  .trim()
  .max(limits.reasonLength)
  .refine(isReadableText)
  .meta({
    description: `The reason as typed (required without a \`reasonCode\`); beside a \`reasonCode\`, the user's note added to it, kept as typed. The spaces, tabs and line breaks around it are left out. At most ${limits.reasonLength} characters.`,
  });

/** A reason as the API keeps it: a known one's code, or none for a typed one. */
export interface RecordedReason {
  reason: string;
  reasonCode: ReasonCode | null;
}

/** The reason kept for a request's `reason` and `reasonCode`: a code's English text and the note, or the typed text. */
export function recordedReason(reasonCode: ReasonCode | null | undefined, reason: string | null | undefined): RecordedReason {
  const note = reason?.trim() ?? '';
  if (!reasonCode) return { reason: note, reasonCode: null };
  return { reason: note ? `${reasonTexts[reasonCode]}: ${note}` : reasonTexts[reasonCode], reasonCode };
}

/** A recorded reason read back: its code and the note added to it, or the text a user typed (code null). */
export function readReason(reasonCode: ReasonCode | null | undefined, reason: string | null | undefined): { code: ReasonCode; note: string | null } | { code: null; text: string | null } {
  if (!reasonCode) return { code: null, text: reason ?? null };
  const prefix = `${reasonTexts[reasonCode]}: `;
  return { code: reasonCode, note: reason?.startsWith(prefix) ? reason.slice(prefix.length) || null : null };
}
