import { http } from 'msw';
import { z } from 'zod';
import { limits } from '@/contract/common';
import { answer } from '../http/problem';
import { activate, cancel, reduceByAmount, returnLines } from '../rules/order-actions';
import { runOrderAction } from './order-action-flow';

const version = z.number({ error: 'Send the version of the order you saw.' }).int({ error: 'Send the version of the order you saw.' });

const reason = z
  .string({ error: 'Give a reason.' })
  .trim()
  .min(1, { error: 'Give a reason.' })
  .max(limits.reasonLength, { error: `Use at most ${limits.reasonLength} characters.` });

const activateBody = z.object({ version });

const cancelBody = z.object({ version, reason });

const returnedLine = z.object({
  lineId: z.string({ error: 'Name the line that comes back.' }).min(1, { error: 'Name the line that comes back.' }),
  quantity: z.number({ error: 'Enter how many units come back.' }).int({ error: 'Enter a whole number of units.' }).min(1, { error: 'Return at least one unit.' }),
  // A line's own reason is optional: an empty one is none.
  reason: z
    .string({ error: 'Give the reason as text.' })
    .trim()
    .max(limits.reasonLength, { error: `Use at most ${limits.reasonLength} characters.` })
    .transform((text) => (text === '' ? null : text))
    .nullish(),
});

const reductionBody = z
  .object({
    version,
    reason,
    amount: z.number({ error: 'Enter the amount in cents.' }).int({ error: 'Enter the amount in whole cents.' }).positive({ error: 'Enter an amount above zero.' }).optional(),
    lines: z.array(returnedLine, { error: 'List the lines that come back.' }).min(1, { error: 'Pick at least one line that comes back.' }).optional(),
  })
  .refine((body) => (body.amount === undefined) !== (body.lines === undefined), {
    error: 'Send either an amount or the lines that come back, not both.',
  });

const orderNumberOf = (params: Record<string, unknown>): string => String(params.orderNumber);

export const orderActions = [
  http.post('*/api/orders/:orderNumber/activate', ({ request, params }) =>
    answer(() => runOrderAction(request, orderNumberOf(params), activateBody, (order, _body, context) => activate(order, context))),
  ),

  http.post('*/api/orders/:orderNumber/cancel', ({ request, params }) =>
    answer(() => runOrderAction(request, orderNumberOf(params), cancelBody, (order, body, context) => cancel(order, body.reason, context))),
  ),

  http.post('*/api/orders/:orderNumber/reductions', ({ request, params }) =>
    answer(() =>
      runOrderAction(request, orderNumberOf(params), reductionBody, (order, body, context) =>
        body.amount === undefined
          ? returnLines(order, body.lines ?? [], body.reason, context)
          : reduceByAmount(order, body.amount, body.reason, context),
      ),
    ),
  ),
];
