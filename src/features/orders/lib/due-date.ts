/**
 * The due date an activation now starts: the activation day plus the payment term, in calendar
 * days. The provider counts days in UTC, as the API records them, so the date promised here is
 * the one the order will carry.
 */
export function dueDateIfActivatedToday(termDays: number, now: Date = new Date()): string {
  const due = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + termDays));
  return due.toISOString().slice(0, 10);
}
