import { isValidDate } from './dates';

// End-to-end tests pin the calendar day so that expiry and payment states are
// reproducible; everything else runs on the real date.
let pinnedDay: string | null = null;

export function setToday(date: string | null): void {
  if (date !== null && !isValidDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  pinnedDay = date;
}

/** Today's calendar day as the user sees it (local date), unless pinned. */
export function today(): string {
  if (pinnedDay) return pinnedDay;
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
