import { currentStore } from '../db/store';
import type { ContractBody } from '../http/contract-body';
import { logActivity } from '../http/activity';
import { requireData } from '../http/guards';
import { answerOnce, idempotentRequest, jsonAnswer } from '../http/idempotency';
import { ProblemError } from '../http/problem';
import { readBody } from '../http/validate';
import { orderChange } from '../rules/activity';
import { now, today } from '../rules/clock';
import { ActionInvalid, ActionNotAllowed, type ActionContext } from '../rules/order-actions';
import type { OrderRecord } from '../rules/order-model';
import { toDetail } from '../rules/order-view';
import { orderChargebacks } from './statements-source';

/** What every action body carries: the version of the order the user saw. */
export interface VersionedBody {
  version: number;
}

export type ApplyAction<Body> = (order: OrderRecord, body: Body, context: ActionContext) => OrderRecord;

/** Turns a rule's refusal into the problem the API answers. */
function applyRule(run: () => OrderRecord): OrderRecord {
  try {
    return run();
  } catch (error) {
    if (error instanceof ActionNotAllowed) {
      throw new ProblemError(409, error.message, { kind: { slug: 'not-allowed', title: 'Not allowed in this state' } });
    }
    if (error instanceof ActionInvalid) throw new ProblemError(422, 'Some values do not fit the order.', { errors: error.errors });
    throw error;
  }
}

/**
 * Runs an action on an order: admin only, against the version the user saw,
 * inside one write so two tabs can never both apply against the same version.
 * With an Idempotency-Key the first successful answer is kept and a retry
 * gets it again without anything being applied twice.
 */
export async function runOrderAction<Body extends VersionedBody>(
  request: Request,
  orderNumber: string,
  bodyShape: ContractBody<Body>,
  apply: ApplyAction<Body>,
): Promise<Response> {
  const { merchant, mode, user } = await requireData(request, 'orders:change');
  const idempotent = await idempotentRequest(request, merchant.id, mode);
  const body = await readBody(request, bodyShape);

  const answer = await currentStore().write((context) =>
    answerOnce(context, idempotent, () => {
      const { db, record } = context;
      // Another merchant's or the other world's order is as unknown as a missing one.
      const order = db.order(merchant.id, mode, orderNumber);
      if (!order) throw new ProblemError(404, `There is no order ${orderNumber}.`);
      if (order.version !== body.version) {
        throw new ProblemError(
          409,
          `The order was changed after you loaded it: it is at version ${order.version}, you sent version ${body.version}. Review it and try again.`,
          { kind: { slug: 'stale-version', title: 'The order has changed' }, extensions: { currentVersion: order.version } },
        );
      }
      const day = today();
      const at = now();
      const changed = applyRule(() => apply(order, body, { today: day, now: at, actor: user.name }));
      record({ kind: 'order', order: changed });
      logActivity(context, merchant.id, user, orderChange(changed), at);
      return { status: 200, body: toDetail(changed, day, orderChargebacks(db, merchant, mode, changed, day), db.dueDateAgreement(merchant.id, mode, orderNumber, day)) };
    }),
  );
  return jsonAnswer(answer);
}
