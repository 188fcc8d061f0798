import { isValidDate } from './dates';

// End-to-end tests pin the calendar day so that expiry and payment states are
// reproducible; everything else runs on the real date.
let pinnedDay: string | null = null;
// Handler tests may also fix the instant, so that recorded times can be asserted.
let pinnedInstant: string | null = null;

export function setToday(date: string | null): void {
  if (date !== null && !isValidDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  pinnedDay = date;
}

export function setNow(instant: string | null): void {
  if (instant !== null && Number.isNaN(Date.parse(instant))) throw new RangeError(`Not an instant: ${instant}`);
  pinnedInstant = instant === null ? null : new Date(instant).toISOString();
}

/**
 * Today's calendar day, unless pinned. The provider counts days in UTC, like the instants it
 * records, so that "today", an event's day, a due date and a statement's week always agree.
 */
export function today(): string {
  if (pinnedDay) return pinnedDay;
  return new Date().toISOString().slice(0, 10);
}

/**
 * The current instant (ISO, UTC). On a pinned day it is that day with the
 * real time of day, so that the day of a recorded change (an activation,
 * and so its due date) is the day the app shows as today.
 */
export function now(): string {
  if (pinnedInstant) return pinnedInstant;
  const real = new Date().toISOString();
  return pinnedDay ? `${pinnedDay}${real.slice(10)}` : real;
}
