/**
 * Calendar days as the API counts them: dates are YYYY-MM-DD, and a day is a UTC day, so that a
 * date the app works out is the one the API records.
 */

/** `date` moved by `days` calendar days (negative: earlier), across month and year ends. */
export function addCalendarDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The device's day in UTC, as the API counts days. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
