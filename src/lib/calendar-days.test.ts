import { addCalendarDays, utcToday } from './calendar-days';

describe('calendar days', () => {
  it('adds and takes away days across month and year ends and a leap day', () => {
    expect(addCalendarDays('2026-11-24', 14)).toBe('2026-12-08');
    expect(addCalendarDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addCalendarDays('2028-02-20', 14)).toBe('2028-03-05');
    expect(addCalendarDays('2027-01-01', -14)).toBe('2026-12-18');
  });

  it("takes the device's day as the API counts it, in UTC, also just after midnight in Brussels", () => {
    expect(utcToday(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-24');
    expect(addCalendarDays(utcToday(new Date('2026-11-24T23:30:00Z')), 14)).toBe('2026-12-08');
  });
});
