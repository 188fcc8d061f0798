import { readWeekName, sundayOfIsoWeek } from './iso-week';

describe("an ISO week's Sunday", () => {
  it('ends the week the API names, across the turn of a year', () => {
    expect(sundayOfIsoWeek('2026-W49')).toBe('2026-12-06');
    expect(sundayOfIsoWeek('2026-W48')).toBe('2026-11-29');
    // 2026 has 53 weeks: its last ends in 2027, and 2027's first week starts on 4 January.
    expect(sundayOfIsoWeek('2026-W53')).toBe('2027-01-03');
    expect(sundayOfIsoWeek('2027-W01')).toBe('2027-01-10');
    // 2026's first week starts in 2025.
    expect(sundayOfIsoWeek('2026-W01')).toBe('2026-01-04');
    expect(sundayOfIsoWeek('2021-W01')).toBe('2021-01-10');
  });

  it('is none for a name that is no week', () => {
    for (const name of ['2026-w49', '2026-49', 'latest', '2026-W4']) expect(sundayOfIsoWeek(name)).toBeNull();
  });
});

describe('a week named the way people write it', () => {
  it('reads the API\'s name, in any case, and the short forms, with the year or without', () => {
    const today = '2026-12-07';
    for (const text of ['2026-W45', '2026-w45', '2026 W45', 'W45', 'w45', 'week 45', 'Wk. 45', 'semaine 45', 'KW 45', 'Woche 45', 'W45 2026', 'w45-2026']) {
      expect({ text, week: readWeekName(text, today) }).toEqual({ text, week: '2026-W45' });
    }
    expect(readWeekName('W5', today)).toBe('2026-W05');
  });

  it('takes, without a year, the latest week of that number that has begun', () => {
    // Week 50 of 2026 begins on 7 December; week 51 not yet, so last year's.
    expect(readWeekName('W50', '2026-12-07')).toBe('2026-W50');
    expect(readWeekName('W51', '2026-12-07')).toBe('2025-W51');
    // The first days of January may still be in the last week of the year before.
    expect(readWeekName('W53', '2027-01-02')).toBe('2026-W53');
    // Years of 52 weeks in between: the last week 53 is years back.
    expect(readWeekName('W53', '2031-06-01')).toBe('2026-W53');
    // And the last days of December in the first week of the next.
    expect(readWeekName('W1', '2025-12-30')).toBe('2026-W01');
  });

  it('is none for what is no week, or a week 53 of a year of 52', () => {
    for (const text of ['45', 'W0', 'W54', 'W45 2026 2027', '2025 W45 2026', 'weekly', 'order 45']) expect(readWeekName(text, '2026-12-07')).toBeNull();
    expect(readWeekName('2025-W53', '2026-12-07')).toBeNull();
    expect(readWeekName('2026-W53', '2026-12-07')).toBe('2026-W53');
  });
});
