/** A date (YYYY-MM-DD) as the app shows it to an en-GB user: "8 Dec 2026". */
export function shownDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
