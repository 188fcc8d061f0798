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

const paddedYear = (year: number) => String(year).padStart(4, '0');
const weekName = (year: number, week: number) => `${paddedYear(year)}-W${String(week).padStart(2, '0')}`;

// "2026-W45", "2026 w45", "W45", "week 45", "wk 45", "semaine 45", "KW 45", "Woche 45", "W45 2026".
const shortWeek = /^(?:(\d{4})[\s-]*)?(?:w|wk|week|sem|semaine|kw|woche)\.?\s*(\d{1,2})(?:[\s/-]+(\d{4}))?$/i;

/**
 * The ISO week a user names the way people write it (see above), as the API names it; without a
 * year, the latest week of that number that has begun by `today`. Null for anything else, and for
 * a week 53 of a year that has 52.
 */
export function readWeekName(text: string, today: string): string | null {
  const match = shortWeek.exec(text.trim());
  if (!match || (match[1] && match[3])) return null;
  const week = Number(match[2]);
  const namedYear = match[1] ?? match[3];
  const thisYear = Number(today.slice(0, 4));
  // Late December may already be in next year's first week; a week 53 comes back every five or six years.
  const years = namedYear ? [Number(namedYear)] : Array.from({ length: 8 }, (_, back) => thisYear + 1 - back);
  for (const year of years) {
    const name = weekName(year, week);
    const monday = addCalendarDays(sundayOfIsoWeek(name)!, -6);
    // 28 December is always in its year's last week.
    const exists = week >= 1 && monday <= `${paddedYear(year)}-12-28`;
    if (exists && (namedYear || monday <= today)) return name;
  }
  return null;
}
