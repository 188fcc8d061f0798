import { sundayOfIsoWeek } from './iso-week';

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
