// ISO 8601 weeks: Monday to Sunday, week 1 holds the year's first Thursday,
// so a week belongs to the ISO year of its Thursday.
import { addDays, dayNumber, fromDayNumber } from './dates';

export interface IsoWeek {
  year: number;
  week: number;
}

const weekPattern = /^(\d{4})-W(\d{2})$/;

/** 0 for Monday … 6 for Sunday; day 0 (1970-01-01) was a Thursday. */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function isoWeekOf(date: string): IsoWeek {
  const day = dayNumber(date);
  const thursday = fromDayNumber(day - weekday(day) + 3);
  const year = thursday.slice(0, 4);
  return { year: Number(year), week: Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1 };
}

/** 53 when the year's last Thursday falls in week 53 (28 December always lies in the last week). */
export function weeksInYear(year: number): number {
  return isoWeekOf(`${String(year).padStart(4, '0')}-12-28`).week;
}

export function mondayOf({ year, week }: IsoWeek): string {
  // 4 January always lies in week 1.
  const fourth = dayNumber(`${String(year).padStart(4, '0')}-01-04`);
  return fromDayNumber(fourth - weekday(fourth) + (week - 1) * 7);
}

export function sundayOf(week: IsoWeek): string {
  return addDays(mondayOf(week), 6);
}

/** The week `weeks` weeks after `week` (before it, when negative), across the turn of a year. */
export function weekAfter(week: IsoWeek, weeks: number): IsoWeek {
  return isoWeekOf(addDays(mondayOf(week), weeks * 7));
}

export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** `YYYY-Www` read as numbers; whether that week exists is asked apart (a malformed name and a missing week answer differently). */
export function parseIsoWeek(text: string): IsoWeek | null {
  const match = weekPattern.exec(text);
  return match ? { year: Number(match[1]), week: Number(match[2]) } : null;
}

export function isoWeekExists({ year, week }: IsoWeek): boolean {
  return week >= 1 && week <= weeksInYear(year);
}

/** A statement is issued once the week's Sunday is over. */
export function hasEnded(week: IsoWeek, today: string): boolean {
  return sundayOf(week) < today;
}

/** Whether `today` falls in `week`: it is still running, and its statement is issued once it has ended. */
export function isRunning(week: IsoWeek, today: string): boolean {
  return formatIsoWeek(week) === formatIsoWeek(isoWeekOf(today));
}

/** The weeks of `year` that have ended by `today`, newest first. */
export function endedWeeks(year: number, today: string): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let week = weeksInYear(year); week >= 1; week -= 1) {
    if (hasEnded({ year, week }, today)) weeks.push({ year, week });
  }
  return weeks;
}
