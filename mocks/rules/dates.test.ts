import { addDays, addMonths, daysBetween, isoInstant, isValidDate } from './dates';

describe('calendar dates', () => {
  it('adds months and falls back to the last day of a shorter month', () => {
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 2)).toBe('2026-10-31');
    expect(addMonths('2026-07-31', 2)).toBe('2026-09-30');
    expect(addMonths('2026-01-15', 2)).toBe('2026-03-15');
  });

  it('counts whole days across month, year and daylight-saving changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-11-24', '2026-11-20')).toBe(-4);
    expect(addDays('2026-10-24', 14)).toBe('2026-11-07');
  });

  it('accepts only real calendar days', () => {
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('26-01-01')).toBe(false);
  });

  it('writes an instant as toISOString does, across days, years and a leap day', () => {
    for (const day of [0, 19_782, 20_423, 20_513, 20_789]) {
      for (const [minute, second] of [[0, 0], [6 * 60, 7], [21 * 60 + 59, 59], [23 * 60 + 59, 59], [24 * 60, 0], [25 * 60 + 1, 30]] as const) {
        expect(isoInstant(day, minute, second)).toBe(new Date(day * 86_400_000 + minute * 60_000 + second * 1_000).toISOString());
      }
    }
    expect(isoInstant(20_513, 9 * 60 + 5)).toBe('2026-03-01T09:05:00.000Z');
  });
});
