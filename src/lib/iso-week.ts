import { isoWeekPattern } from '@/contract/common';
import { addCalendarDays } from '@/lib/calendar-days';

/**
 * The Sunday that ends an ISO week named as the API names it (`2026-W49` → `2026-12-06`), the day
 * after which its statement is issued; null for a name not written as a week (the number is not
 * checked against the year's 52 or 53: the API names only weeks that exist). Week 1 holds 4 January.
 */
export function sundayOfIsoWeek(name: string): string | null {
  if (!isoWeekPattern.test(name)) return null;
  const [year, week] = name.split('-W').map(Number) as [number, number];
  const fourth = `${String(year).padStart(4, '0')}-01-04`;
  // 0 for Monday … 6 for Sunday.
  const weekday = (new Date(`${fourth}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addCalendarDays(fourth, (week - 1) * 7 - weekday + 6);
}
