import { http } from 'msw';
import { activateBodySchema, cancelBodySchema, extendExpiryBodySchema, reductionBodySchema, type ReductionBody } from '@/contract/orders';
import { recordedReason } from '@/contract/reasons';
import { contractBody, required } from '../http/contract-body';
import { answer } from '../http/problem';
import { activate, cancel, extendExpiry, reduceByAmount, returnLines, type LineReturn } from '../rules/order-actions';
import { runOrderAction } from './order-action-flow';

const version = 'Send the version of the order you saw.';
// Missing, blank or not text: one message, whether the reason is missing or `reason` is wrong.
const reason = { ...required('Give a reason.'), custom: 'Give a reason.' };
const reasonCode = { invalid_value: 'Use one of the reason codes the API knows (see ChosenReasonCode), or leave it out and give the reason as text.' };

export const activateBody = contractBody(activateBodySchema, { version });

export const cancelBody = contractBody(cancelBodySchema, { version, reason, reasonCode });

export const extendExpiryBody = contractBody(extendExpiryBodySchema, { version });

export const reductionBody = contractBody(reductionBodySchema, {
  body: 'Send one of the two: an amount, or the lines that come back.',
  version,
  reason,
  reasonCode,
  amount: { invalid_type: 'Enter the amount in cents.', not_integer: 'Enter the amount in whole cents.', too_small: 'Enter an amount above zero.' },
  lines: { invalid_type: 'List the lines that come back.', too_small: 'Pick at least one line that comes back.' },
  'lines.*': 'Describe each line that comes back by its lineId and quantity.',
  'lines.*.lineId': 'Name the line that comes back.',
  'lines.*.quantity': { invalid_type: 'Enter how many units come back.', not_integer: 'Enter a whole number of units.', too_small: 'Return at least one unit.' },
  'lines.*.reason': { invalid_type: 'Give the reason as text.' },
  'lines.*.reasonCode': reasonCode,
});

/** A returned line as the rules take it: a picked reason kept as its code, a typed one as typed. */
function returnOf({ lineId, quantity, reason, reasonCode }: NonNullable<ReductionBody['lines']>[number]): LineReturn {
  return { lineId, quantity, ...(reasonCode || reason ? recordedReason(reasonCode, reason) : {}) };
}

const orderNumberOf = (params: Record<string, unknown>): string => String(params.orderNumber);

export const orderActions = [
  http.post('*/api/orders/:orderNumber/activate', ({ request, params }) =>
    answer(() => runOrderAction(request, orderNumberOf(params), activateBody, (order, _body, context) => activate(order, context))),
  ),

  http.post('*/api/orders/:orderNumber/cancel', ({ request, params }) =>
    answer(() => runOrderAction(request, orderNumberOf(params), cancelBody, (order, body, context) => cancel(order, recordedReason(body.reasonCode, body.reason), context))),
  ),

  http.post('*/api/orders/:orderNumber/extend-expiry', ({ request, params }) =>
    answer(() => runOrderAction(request, orderNumberOf(params), extendExpiryBody, (order, _body, context) => extendExpiry(order, context))),
  ),

  http.post('*/api/orders/:orderNumber/reductions', ({ request, params }) =>
    answer(() =>
      runOrderAction(request, orderNumberOf(params), reductionBody, (order, body, context) =>
        body.amount !== undefined
          ? reduceByAmount(order, body.amount, recordedReason(body.reasonCode, body.reason), context)
          : returnLines(order, (body.lines ?? []).map(returnOf), recordedReason(body.reasonCode, body.reason), context),
      ),
    ),
  ),
];
