import { z } from 'zod';
import { limits } from '@/contract/common';
import type { OrderDetail, ReductionBody } from '@/contract/orders';
import { alwaysCheck } from '@/lib/validation';
import { useOrderAction, type ActionOptions } from './order-actions';
import { cancelReasons } from './cancel-order';
import { remainingQuantity } from '../lib/order-figures';
import { readAmount } from '@/lib/amount-text';

/** Why items come back; an amount off keeps the cancel reasons. Labels share `actions.reasons`. */
/**
 * What a returned line may give as its own reason: a known one. A line has no note to say what
 * "Other" stands for; the return's reason and its note say it for every line.
 */
export const lineReturnReasons = ['damaged', 'defective', 'wrong-item', 'wrong-size', 'not-as-described', 'changed-mind'] as const;
export const returnReasons = [...lineReturnReasons, 'other'] as const;

/** Every reason code a cancel or a reduction offers; each has its label under `actions.reasons`. */
export type ReasonCode = (typeof cancelReasons)[number] | (typeof returnReasons)[number];

export function isReasonCode(value: string | undefined): value is ReasonCode {
  return (cancelReasons as readonly string[]).includes(value ?? '') || (returnReasons as readonly string[]).includes(value ?? '');
}

export function reasonsFor(method: 'amount' | 'lines'): readonly ReasonCode[] {
  return method === 'amount' ? cancelReasons : returnReasons;
}

const amountProblems = {
  'not-a-number': 'orders:validation.amountNotNumber',
  ambiguous: 'orders:validation.amountAmbiguous',
  'too-precise': 'orders:validation.amountTooPrecise',
} as const;

/**
 * What is wrong with `text` as the amount to credit (a catalogue key), or null when it is one the
 * order can take: read as `locale` writes money of the order's currency, above zero, at most what
 * is outstanding. The form's schema and the dialog's summary both ask here.
 */
export function amountProblemOf(text: string, order: Pick<OrderDetail, 'outstanding' | 'currency'>, locale: string): string | null {
  if (text.trim() === '') return 'orders:validation.amountPositive';
  const reading = readAmount(text, locale, order.currency);
  if ('problem' in reading) return amountProblems[reading.problem];
  if (reading.cents <= 0) return 'orders:validation.amountPositive';
  return reading.cents > order.outstanding ? 'orders:validation.amountAboveOutstanding' : null;
}

/**
 * The units a returned quantity holds, as typed: an empty field is none; null when it is not a
 * whole number of units ("1,5", "-1"). A draft kept before quantities were text holds a number.
 */
export function typedQuantity(value: string | number): number | null {
  const text = String(value).trim();
  if (text === '') return 0;
  return /^\d+$/.test(text) ? Number(text) : null;
}

/**
 * The partial-cancel dialog: either an amount (typed the way `locale` writes money of the order's currency), or the
 * lines and quantities that come back.
 */
export function reduceFormSchema(order: Pick<OrderDetail, 'lines' | 'outstanding' | 'currency'>, locale: string) {
  return z
    .object({
      method: z.enum(['amount', 'lines']),
      amount: z.string(),
      reasonChoice: z.enum([...cancelReasons, ...returnReasons], { error: 'orders:validation.reasonRequired' }),
      reasonText: z.string().trim().max(limits.reasonLength, { error: 'orders:validation.reasonTooLong' }),
      lines: z.array(z.object({ lineId: z.string(), quantity: z.union([z.string(), z.number()]), reason: z.enum(lineReturnReasons).or(z.literal('')) })),
    })
    .superRefine((form, context) => {
      if (typeof form.reasonChoice === 'string' && !(reasonsFor(form.method) as readonly string[]).includes(form.reasonChoice)) {
        context.addIssue({ code: 'custom', path: ['reasonChoice'], message: 'orders:validation.reasonRequired' });
      }
      if (form.reasonChoice === 'other' && form.reasonText.trim().length === 0) {
        context.addIssue({ code: 'custom', path: ['reasonText'], message: 'orders:validation.reasonTextRequired' });
      }
      if (form.method === 'amount') {
        // The refinement runs even when a field has the wrong type, so nothing is assumed of it.
        const message = amountProblemOf(typeof form.amount === 'string' ? form.amount : '', order, locale);
        if (message) context.addIssue({ code: 'custom', path: ['amount'], message });
        return;
      }
      form.lines.forEach((item, index) => {
        const line = order.lines.find((candidate) => candidate.id === item.lineId);
        const quantity = typedQuantity(item.quantity);
        if (quantity === null) {
          context.addIssue({ code: 'custom', path: ['lines', index, 'quantity'], message: 'orders:validation.quantityWhole' });
        } else if (line && quantity > remainingQuantity(line)) {
          context.addIssue({ code: 'custom', path: ['lines', index, 'quantity'], message: 'orders:validation.quantityAboveRemaining' });
        }
        // A line's own reason is optional: without one, the return's reason is the line's.
        if (item.reason !== '' && !(lineReturnReasons as readonly string[]).includes(item.reason)) {
          context.addIssue({ code: 'custom', path: ['lines', index, 'reason'], message: 'orders:validation.lineReasonUnknown' });
        }
      });
      // A quantity that is no whole number has its own message: it is not "none".
      if (form.lines.every((item) => typedQuantity(item.quantity) === 0)) {
        context.addIssue({ code: 'custom', path: ['lines'], message: 'orders:validation.noLineChosen' });
      }
    }, alwaysCheck);
}
export type ReduceForm = z.input<ReturnType<typeof reduceFormSchema>>;

/** POST /orders/{orderNumber}/reductions: a credit note for an amount or for returned items. */
export function useReduceOrder(options?: ActionOptions<ReductionBody>) {
  return useOrderAction<ReductionBody>('reductions', options);
}
