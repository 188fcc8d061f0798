import type { GoLiveChecklist, SecurityCheck, SecurityCheckState } from '@/contract/account';
import type { OrderRecord } from './order-model';
import { addDays, datePart } from './dates';

// Before a merchant gets live credentials, the provider reviews its integration. The review takes a
// fixed number of days from the request, counted on the backend's clock: its state follows from the
// day it was requested and today, and no timer has to fire.

/** Days from the request to the end of the review. */
export const reviewDays = 3;

/** What is kept of the check; the rest follows from the clock. */
export interface SecurityCheckRecord {
  requestedAt: string | null;
  requestedBy: string | null;
  /** Set when the check passed at once (the demo's shortcut), not by the end of the review. */
  passedAt: string | null;
}

export const notRequested: SecurityCheckRecord = { requestedAt: null, requestedBy: null, passedAt: null };

/** The state on `today`, with the day the review ends or ended. */
export function securityCheckStatus(record: SecurityCheckRecord, today: string): Omit<SecurityCheck, 'checklist'> {
  const { requestedAt, passedAt } = record;
  const reviewEnds = requestedAt === null ? null : addDays(datePart(requestedAt), reviewDays);
  // Passed at once, or by the end of the review, whichever came first.
  const passedOn = [passedAt === null ? null : datePart(passedAt), reviewEnds !== null && reviewEnds <= today ? reviewEnds : null]
    .filter((day) => day !== null)
    .sort()[0];
  if (passedOn) return { state: 'passed', requestedAt, expectedOn: null, passedOn };
  if (reviewEnds !== null) return { state: 'in-review', requestedAt, expectedOn: reviewEnds, passedOn: null };
  return { state: 'not-requested', requestedAt, expectedOn: null, passedOn: null };
}

export function securityCheckState(record: SecurityCheckRecord, today: string): SecurityCheckState {
  return securityCheckStatus(record, today).state;
}

const creditTypes = new Set(['credited', 'reduced', 'returned']);

/**
 * Whether the merchant's integration activated an order and then credited it (in full or in
 * part): both done through the API on or after `since`, the day the seeded history ends.
 */
export function activatedThenCredited(order: Pick<OrderRecord, 'events'>, since: string): boolean {
  // The timeline is in the order things happened.
  const activation = order.events.findIndex((event) => event.type === 'activated' && datePart(event.at) >= since);
  return activation >= 0 && order.events.slice(activation + 1).some((event) => creditTypes.has(event.type));
}

/** Whether the check may be requested now: every item done, and not requested before. */
export function mayRequest(record: SecurityCheckRecord, checklist: GoLiveChecklist): boolean {
  return record.requestedAt === null && record.passedAt === null && Object.values(checklist).every(Boolean);
}
