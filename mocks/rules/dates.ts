// Calendar arithmetic on plain `YYYY-MM-DD` strings. Working in whole UTC days
// keeps results independent of the machine's time zone and daylight saving.
const msPerDay = 86_400_000;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

// Parsing dominates date arithmetic over large order lists; there are few distinct days.
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01. */
export function dayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Math.round(Date.parse(`${date}T00:00:00Z`) / msPerDay);
    dayNumbers.set(date, day);
  }
  return day;
}

const datesByDay = new Map<number, string>();

export function fromDayNumber(day: number): string {
  let date = datesByDay.get(day);
  if (date === undefined) {
    date = new Date(day * msPerDay).toISOString().slice(0, 10);
    datesByDay.set(day, date);
  }
  return date;
}

const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value));

/**
 * The instant `minuteOfDay` minutes and `second` seconds (whole numbers) into day number `day`, as
 * `Date#toISOString` writes it. Built from the cached day rather than through a Date: the seed
 * makes several per order, and a Date each was a fifth of a large world's generation.
 */
export function isoInstant(day: number, minuteOfDay: number, second = 0): string {
  const seconds = minuteOfDay * 60 + second;
  const laterDays = Math.floor(seconds / 86_400);
  const ofDay = seconds - laterDays * 86_400;
  const time = `${twoDigits(Math.floor(ofDay / 3_600))}:${twoDigits(Math.floor(ofDay / 60) % 60)}:${twoDigits(ofDay % 60)}`;
  return `${fromDayNumber(day + laterDays)}T${time}.000Z`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Adds calendar months; a day that does not exist in the target month falls back to its last day (31 Dec + 2 months = 28 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The UTC calendar day of an ISO datetime. */
export function datePart(datetime: string): string {
  return datetime.slice(0, 10);
}
