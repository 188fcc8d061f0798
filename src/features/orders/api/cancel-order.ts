import { z } from 'zod';
import { limits } from '@/contract/common';
import type { CancelBody } from '@/contract/orders';
import { alwaysCheck } from '@/lib/validation';
import { useOrderAction, type ActionOptions } from './order-actions';

export const cancelReasons = ['customer-withdrew', 'out-of-stock', 'damaged', 'wrong-item', 'duplicate', 'other'] as const;

/** The cancel dialog's fields: a reason from the list, and words of the user's own (required for "other"). */
export const cancelFormSchema = z
  .object({
    reasonChoice: z.enum(cancelReasons, { error: 'orders:validation.reasonRequired' }),
    reasonText: z.string().trim().max(limits.reasonLength, { error: 'orders:validation.reasonTooLong' }),
  })
  .refine((form) => form.reasonChoice !== 'other' || form.reasonText.trim().length > 0, {
    path: ['reasonText'],
    error: 'orders:validation.reasonTextRequired',
    ...alwaysCheck,
  });
export type CancelForm = z.input<typeof cancelFormSchema>;

/** POST /orders/{orderNumber}/cancel: before activation it cancels, after it credits what is outstanding. */
export function useCancelOrder(options?: ActionOptions<CancelBody>) {
  return useOrderAction<CancelBody>('cancel', options);
}
