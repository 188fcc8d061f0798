/** The ISO year a day belongs to: the year of its week's Thursday (1 Jan 2027 is still in 2026-W53). */
export function isoYearOf(date: Date): number {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  day.setUTCDate(day.getUTCDate() + 3 - ((day.getUTCDay() + 6) % 7));
  return day.getUTCFullYear();
}
