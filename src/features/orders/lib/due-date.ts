/** The device's day as the provider counts days, in UTC: for as long as the backend has not said which day it is. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The due date an activation on `today` (YYYY-MM-DD, the backend's day) starts: that day plus
 * the payment term, in calendar days, so that the date promised is the one the order will carry.
 */
export function dueDateIfActivatedOn(today: string, termDays: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + termDays)).toISOString().slice(0, 10);
}
