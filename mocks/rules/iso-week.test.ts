import { endedWeeks, formatIsoWeek, hasEnded, isoWeekExists, isoWeekOf, isRunning, mondayOf, parseIsoWeek, sundayOf, weekAfter, weeksInYear } from './iso-week';

describe('ISO weeks', () => {
  it('puts days around the year turn in the week of their Thursday', () => {
    expect(isoWeekOf('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(isoWeekOf('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf('2026-11-24')).toEqual({ year: 2026, week: 48 });
  });

  it('counts 52 or 53 weeks in a year', () => {
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
    expect(weeksInYear(2020)).toBe(53);
    expect(weeksInYear(2021)).toBe(52);
  });

  it('runs each week from Monday to Sunday', () => {
    expect(mondayOf({ year: 2026, week: 47 })).toBe('2026-11-16');
    expect(sundayOf({ year: 2026, week: 47 })).toBe('2026-11-22');
    expect(mondayOf({ year: 2025, week: 1 })).toBe('2024-12-30');
    expect(sundayOf({ year: 2026, week: 53 })).toBe('2027-01-03');
    expect(mondayOf({ year: 2027, week: 1 })).toBe('2027-01-04');
  });

  it('reads and writes YYYY-Www', () => {
    expect(parseIsoWeek('2026-W47')).toEqual({ year: 2026, week: 47 });
    expect(formatIsoWeek({ year: 2026, week: 7 })).toBe('2026-W07');
    for (const malformed of ['2026-47', '2026-W7', '2026-w47', '26-W47', '2026-W047', ' 2026-W47']) {
      expect(parseIsoWeek(malformed)).toBeNull();
    }
  });

  it('knows which weeks exist', () => {
    expect(isoWeekExists({ year: 2026, week: 53 })).toBe(true);
    expect(isoWeekExists({ year: 2025, week: 53 })).toBe(false);
    expect(isoWeekExists({ year: 2026, week: 54 })).toBe(false);
    expect(isoWeekExists({ year: 2026, week: 0 })).toBe(false);
  });

  it('issues no statement for the running week', () => {
    expect(hasEnded({ year: 2026, week: 48 }, '2026-11-24')).toBe(false);
    expect(hasEnded({ year: 2026, week: 47 }, '2026-11-22')).toBe(false);
    expect(hasEnded({ year: 2026, week: 47 }, '2026-11-23')).toBe(true);
    // Running from its Monday to its Sunday; a week still to come is not running.
    expect(['2026-11-23', '2026-11-29', '2026-11-30'].map((day) => isRunning({ year: 2026, week: 48 }, day))).toEqual([true, true, false]);
    expect(isRunning({ year: 2026, week: 49 }, '2026-11-24')).toBe(false);
    const weeks = endedWeeks(2026, '2026-11-24').map(formatIsoWeek);
    expect(weeks[0]).toBe('2026-W47');
    expect(weeks.at(-1)).toBe('2026-W01');
    expect(weeks).toHaveLength(47);
    expect(endedWeeks(2025, '2026-11-24')).toHaveLength(52);
    expect(endedWeeks(2027, '2026-11-24')).toEqual([]);
  });
});

describe('the week some weeks away', () => {
  it('crosses the turn of a year of 53 weeks and of 52', () => {
    expect(formatIsoWeek(weekAfter({ year: 2026, week: 53 }, 1))).toBe('2027-W01');
    expect(formatIsoWeek(weekAfter({ year: 2027, week: 1 }, -1))).toBe('2026-W53');
    expect(formatIsoWeek(weekAfter({ year: 2025, week: 52 }, 1))).toBe('2026-W01');
    expect(formatIsoWeek(weekAfter({ year: 2026, week: 47 }, -1))).toBe('2026-W46');
  });
});
